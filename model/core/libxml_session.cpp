// SPDX-License-Identifier: MIT
#include "model/core/libxml_session.h"

#include "model/core/libxml_lock.h"

#include <libxml/globals.h>
#include <libxml/parser.h>

namespace model {
namespace {

xmlParserInputPtr deny_external_entity(const char*, const char*, xmlParserCtxtPtr) { return nullptr; }
void ignore_generic_error(void*, const char*, ...) {}

}  // namespace

LibxmlSession::LibxmlSession(xmlStructuredErrorFunc on_error, void* context) : m_lock(libxml_mutex()) {
    static std::once_flag once;
    std::call_once(once, [] { xmlInitParser(); });
    m_loader = xmlGetExternalEntityLoader();
    xmlSetExternalEntityLoader(deny_external_entity);
    m_structured = xmlStructuredError;
    m_structured_ctx = xmlStructuredErrorContext;
    m_generic = xmlGenericError;
    m_generic_ctx = xmlGenericErrorContext;
    xmlSetStructuredErrorFunc(context, on_error);
    xmlSetGenericErrorFunc(nullptr, ignore_generic_error);
}

LibxmlSession::~LibxmlSession() {
    xmlSetGenericErrorFunc(m_generic_ctx, m_generic);
    xmlSetStructuredErrorFunc(m_structured_ctx, m_structured);
    xmlSetExternalEntityLoader(m_loader);
}

}  // namespace model
