# cmake -DPROGRAM=lesson -DEXPECTED=expected.txt -P CheckTranscript.cmake
# Runs the lesson in virtual time with --check: it must exit 0, and its stdout must equal the
# expected transcript byte for byte, except that an address 0x... in the expected file stands for
# any address (addresses are the program's own).
cmake_minimum_required(VERSION 3.25)
execute_process(COMMAND "${PROGRAM}" --virtual-time --check
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
file(READ "${EXPECTED}" expected)
string(REGEX REPLACE "0x[0-9a-f]+" "0x..." normalised "${out}")
string(REGEX REPLACE "0x[0-9a-f]+" "0x..." expected "${expected}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} --virtual-time --check exited ${rc}\n--- stderr:\n${err}")
endif()
if(NOT normalised STREQUAL expected)
  file(WRITE "${PROGRAM}.transcript.txt" "${out}")
  message(FATAL_ERROR "stdout differs from ${EXPECTED}\n--- expected:\n${expected}--- got "
    "(saved in ${PROGRAM}.transcript.txt):\n${out}")
endif()
message(STATUS "transcript matches ${EXPECTED}\n${err}")
