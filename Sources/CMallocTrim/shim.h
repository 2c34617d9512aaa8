#ifndef CLAIMKIT_CMALLOCTRIM_SHIM_H
#define CLAIMKIT_CMALLOCTRIM_SHIM_H

// glibc's malloc_trim for the Pipeline: after a stage of a very large document, the heap's
// free pages go back to the system (glibc keeps the freed small blocks of a stage, and the
// next stage's peak then stood on top of them). A no-op elsewhere.
#if defined(__GLIBC__) || defined(__linux__)
#include <malloc.h>
#endif

static inline void claimkit_release_free_memory(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

#endif
