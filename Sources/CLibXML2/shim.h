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

#endif
