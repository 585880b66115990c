// SPDX-License-Identifier: MIT
#include "model/core/private_file.h"

#include "model/core/error.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace model {

void write_private_file(const std::string& path, const std::string& contents) {
    // Replacing a device, a folder or a link by renaming over it would be a disaster (/dev/stdout).
    struct stat existing {};
    if (::lstat(path.c_str(), &existing) == 0 && !S_ISREG(existing.st_mode))
        throw bad_input("cannot write '" + path + "': it exists and is not a regular file");
    const std::string temp = path + ".part";
    int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) throw bad_input("cannot write '" + path + "': " + std::strerror(errno));
    ::fchmod(fd, 0600);  // a leftover temporary file keeps its old mode under O_TRUNC
    const char* p = contents.data();
    std::size_t left = contents.size();
    while (left > 0) {
        ssize_t n = ::write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            int err = errno;
            ::close(fd);
            ::unlink(temp.c_str());
            throw bad_input("cannot write '" + path + "': " + std::strerror(err));
        }
        p += n;
        left -= std::size_t(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        ::unlink(temp.c_str());
        throw bad_input("cannot write '" + path + "': " + std::strerror(errno));
    }
    if (std::rename(temp.c_str(), path.c_str()) != 0) {
        int err = errno;
        ::unlink(temp.c_str());
        throw bad_input("cannot write '" + path + "': " + std::strerror(err));
    }
}

}  // namespace model
