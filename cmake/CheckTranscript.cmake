# cmake -DPROGRAM=lesson -DEXPECTED=expected.txt [-DREAL_TIME=ON] [-DARGS="..."]
#       -P CheckTranscript.cmake
# Runs the lesson with --check, in virtual time: it must exit 0, and its stdout must equal the
# expected transcript byte for byte, except that an address 0x... in the expected file stands for
# any address (addresses are the program's own). With REAL_TIME the lesson runs in real time and
# every number stands for any number: the words and their order must match, and the measured
# figures are left to --check.
cmake_minimum_required(VERSION 3.25)
separate_arguments(args UNIX_COMMAND "${ARGS}")
if(REAL_TIME)
  set(command "${PROGRAM}" --check ${args})
else()
  set(command "${PROGRAM}" --virtual-time --check ${args})
endif()
execute_process(COMMAND ${command} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
file(READ "${EXPECTED}" expected)
set(normalised "${out}")
foreach(text IN ITEMS normalised expected)
  string(REGEX REPLACE "0x[0-9a-f]+" "0x..." ${text} "${${text}}")
  if(REAL_TIME)
    string(REGEX REPLACE "[0-9]+(\\.[0-9]+)?" "#" ${text} "${${text}}")
  endif()
endforeach()
string(REPLACE ";" " " shown "${command}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${shown} exited ${rc}\n--- stderr:\n${err}")
endif()
if(NOT normalised STREQUAL expected)
  file(WRITE "${PROGRAM}.transcript.txt" "${out}")
  message(FATAL_ERROR "stdout differs from ${EXPECTED}\n--- expected:\n${expected}--- got "
    "(saved in ${PROGRAM}.transcript.txt):\n${out}")
endif()
message(STATUS "${shown}: transcript matches ${EXPECTED}\n${err}")
