# course_expect(NAME PROGRAM prog [ARGS "words"] EXIT code EXPECT regex [LABELS l] [TIMEOUT s]):
# a test that runs prog with ARGS (one string, split as a shell splits it) and requires exit code
# EXIT and its merged stdout and stderr to match EXPECT (cmake/CheckExit.cmake). Labelled
# "virtual", with a 60 s timeout, unless told otherwise.
function(course_expect name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "PROGRAM;ARGS;EXIT;EXPECT;LABELS;TIMEOUT" "")
  if(NOT DEFINED arg_LABELS)
    set(arg_LABELS virtual)
  endif()
  if(NOT DEFINED arg_TIMEOUT)
    set(arg_TIMEOUT 60)
  endif()
  add_test(NAME ${name}
    COMMAND ${CMAKE_COMMAND} -DPROGRAM=${arg_PROGRAM} "-DARGS=${arg_ARGS}" -DEXIT=${arg_EXIT}
            "-DEXPECT=${arg_EXPECT}" -P ${COURSE_SCRIPTS}/CheckExit.cmake)
  set_tests_properties(${name} PROPERTIES LABELS "${arg_LABELS}" TIMEOUT ${arg_TIMEOUT})
endfunction()
