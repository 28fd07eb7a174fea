# Writes OUT: a header defining CLAIMGRAPH_EXTRACTOR_ID, a hash of the sources that decide what
# extraction produces, and CLAIMGRAPH_RESOLVER_ID, of those that decide the graph a store's
# extractions make (resolution, aggregation, the saved graph's format). Graph stores re-extract
# an article when the first changes, and re-save their graph when the second does, so a new
# build never leaves stale results behind.
# Run as: cmake -DOUT=... -DDIR=... -P extractor_id.cmake

# The first 16 hex digits of the SHA-256 of the sources the globs match, in sorted order.
function(hash_sources out)
  file(GLOB_RECURSE sources ${ARGN})
  list(SORT sources)
  set(all "")
  foreach(f IN LISTS sources)
    file(SHA256 ${f} h)
    string(APPEND all ${h})
  endforeach()
  string(SHA256 id "${all}")
  string(SUBSTRING ${id} 0 16 id)
  set(${out} ${id} PARENT_SCOPE)
endfunction()

hash_sources(extractor ${DIR}/graph/text/*.cpp ${DIR}/graph/text/*.h ${DIR}/graph/extract/*.cpp
             ${DIR}/graph/extract/*.h ${DIR}/graph/model/*.h)
hash_sources(resolver ${DIR}/graph/resolve/*.cpp ${DIR}/graph/resolve/*.h
             ${DIR}/graph/query/*.cpp ${DIR}/graph/query/*.h ${DIR}/graph/model/*.cpp
             ${DIR}/graph/model/*.h)
set(content "#pragma once\n#define CLAIMGRAPH_EXTRACTOR_ID \"${extractor}\"\n")
string(APPEND content "#define CLAIMGRAPH_RESOLVER_ID \"${resolver}\"\n")
if(EXISTS ${OUT})
  file(READ ${OUT} old)
endif()
if(NOT old STREQUAL content)
  file(WRITE ${OUT} "${content}")
endif()
