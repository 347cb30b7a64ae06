# cmake -DPROGRAM=lesson "-DARGS=..." -DEXIT=1 "-DEXPECT=regex" -P CheckExit.cmake
# Runs the program: it must exit with EXIT (not crash, not hang: TIMEOUT seconds), and its merged
# stdout and stderr must match EXPECT.
cmake_minimum_required(VERSION 3.25)
separate_arguments(args UNIX_COMMAND "${ARGS}")
if(NOT DEFINED TIMEOUT)
  set(TIMEOUT 20)
endif()
execute_process(COMMAND "${PROGRAM}" ${args} OUTPUT_VARIABLE out ERROR_VARIABLE out
  RESULT_VARIABLE rc TIMEOUT ${TIMEOUT})
if(NOT rc STREQUAL "${EXIT}")
  message(FATAL_ERROR "${PROGRAM} ${ARGS}: exit '${rc}', expected ${EXIT}\n${out}")
endif()
if(NOT out MATCHES "${EXPECT}")
  message(FATAL_ERROR "${PROGRAM} ${ARGS}: output does not match '${EXPECT}'\n${out}")
endif()
message(STATUS "${PROGRAM} ${ARGS}: exit ${rc}, output matches '${EXPECT}'")
