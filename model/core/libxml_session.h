// SPDX-License-Identifier: MIT
// Internal to the model.
#pragma once
#include <libxml/xmlerror.h>

#include <mutex>

namespace model {

/// Everything the model does with libxml2 (pathways, schemas, spreadsheets, Word documents) runs inside
/// one of these. libxml2's external entity loader and default error handlers are process-global, so
/// a session holds libxml_mutex(), installs a loader that refuses every external entity, sends errors
/// to `on_error(context, error)` and drops generic messages; on exit all three are put back, so other
/// users of libxml2 see no change. Sessions nest (the lock is recursive).
class LibxmlSession {
public:
    LibxmlSession(xmlStructuredErrorFunc on_error, void* context);
    ~LibxmlSession();
    LibxmlSession(const LibxmlSession&) = delete;
    LibxmlSession& operator=(const LibxmlSession&) = delete;

private:
    std::lock_guard<std::recursive_mutex> m_lock;
    xmlExternalEntityLoader m_loader = nullptr;
    xmlStructuredErrorFunc m_structured = nullptr;
    void* m_structured_ctx = nullptr;
    xmlGenericErrorFunc m_generic = nullptr;
    void* m_generic_ctx = nullptr;
};

}  // namespace model
