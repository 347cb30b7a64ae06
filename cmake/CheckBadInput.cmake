# cmake -DPROGRAM=lesson [-DREAL_TIME=ON] [-DEXTRA="case|case"] [-DCASES="case|case"]
#       -P CheckBadInput.cmake
# Every bad command line gets exactly one line on stderr, nothing on stdout, and exit code 2.
# A REAL_TIME lesson refuses --virtual-time; EXTRA cases misuse the lesson's own options.
cmake_minimum_required(VERSION 3.25)
string(REPLACE "|" ";" EXTRA "${EXTRA}")
set(cases
  "--speed 0" "--speed -1" "--speed abc" "--speed inf" "--speed nan" "--speed 1e9" "--speed"
  "--variant nosuch" "--variant" "--no-such-flag" "--speed 2 --virtual-time" "stray"
  "--mermaid" "--mermaid /nonexistent/dir/run.mmd" ${EXTRA})
if(DEFINED CASES)  # another program's own list ("|"-separated; an empty case is no arguments)
  string(REPLACE "|" ";" cases "${CASES}")
endif()
if(REAL_TIME)
  list(APPEND cases "--virtual-time")
endif()
set(failures "")
foreach(shown IN LISTS cases)
  separate_arguments(args UNIX_COMMAND "${shown}")
  execute_process(COMMAND "${PROGRAM}" ${args}
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 30)
  string(REGEX MATCHALL "\n" newlines "${err}")
  list(LENGTH newlines lines)
  if(NOT rc STREQUAL "2" OR NOT lines EQUAL 1 OR NOT out STREQUAL "")
    string(APPEND failures "  '${shown}': exit ${rc}, ${lines} stderr lines, stdout '${out}', stderr '${err}'\n")
  else()
    message(STATUS "'${shown}' -> ${err}")
  endif()
endforeach()
if(failures)
  message(FATAL_ERROR "bad input not handled as a usage error:\n${failures}")
endif()
