# Writes OUT: a header defining CLAIMGRAPH_EXTRACTOR_ID, a hash of the sources that decide what
# extraction produces. Graph stores re-extract an article when it changes, so a new build
# never leaves stale extractions behind. Run as: cmake -DOUT=... -DDIR=... -P extractor_id.cmake
file(GLOB_RECURSE sources ${DIR}/graph/text/*.cpp ${DIR}/graph/text/*.h
     ${DIR}/graph/extract/*.cpp ${DIR}/graph/extract/*.h ${DIR}/graph/model/*.h)
list(SORT sources)
set(all "")
foreach(f IN LISTS sources)
  file(SHA256 ${f} h)
  string(APPEND all ${h})
endforeach()
string(SHA256 id "${all}")
string(SUBSTRING ${id} 0 16 id)
set(content "#pragma once\n#define CLAIMGRAPH_EXTRACTOR_ID \"${id}\"\n")
if(EXISTS ${OUT})
  file(READ ${OUT} old)
endif()
if(NOT old STREQUAL content)
  file(WRITE ${OUT} "${content}")
endif()
