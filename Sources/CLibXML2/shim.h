#ifndef CLAIMKIT_CLIBXML2_SHIM_H
#define CLAIMKIT_CLIBXML2_SHIM_H

// libxml2 for ClaimKitReading's HTMLPageReader.
//
// Pitfall 1: Debian's libxml2 headers pull in the system ICU when LIBXML_ICU_ENABLED is
// set, and Foundation ships its own ICU: a clean build then fails with "'UErrorCode' has
// different definitions in different modules". We read the version header first and
// switch the ICU part off before any other libxml2 header is seen; we never use it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/parserInternals.h>
#include <libxml/encoding.h>

// Pitfall 2: `xmlFree` is a global function pointer, which Swift 6 rejects as
// shared mutable state. Callers free through this helper instead.
static inline void claimkit_xmlFree(void *pointer) {
    xmlFree(pointer);
}

// Silences libxml2's generic error callback (HTML_PARSE_NOERROR covers the parser's own
// errors; this covers the rest, such as encoding errors, which would otherwise go to stderr).
static void claimkit_silentError(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

static inline void claimkit_silenceErrors(void) {
    xmlSetGenericErrorFunc(NULL, claimkit_silentError);
}

#endif
