# cmake -DPROGRAM=lesson -P CheckBadInput.cmake
# Every bad command line gets exactly one line on stderr, nothing on stdout, and exit code 2.
cmake_minimum_required(VERSION 3.25)
set(cases
  "--speed 0" "--speed -1" "--speed abc" "--speed inf" "--speed nan" "--speed 1e9" "--speed"
  "--variant nosuch" "--variant" "--no-such-flag" "--speed 2 --virtual-time" "stray")
set(failures "")
foreach(shown IN LISTS cases)
  separate_arguments(args UNIX_COMMAND "${shown}")
  execute_process(COMMAND "${PROGRAM}" ${args}
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 10)
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
