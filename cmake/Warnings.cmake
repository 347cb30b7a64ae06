# Compile options for the project's own code, through INTERFACE targets: warnings as errors, and
# the optimisation level of the code that need not be fast.
add_library(course_warnings INTERFACE)
target_compile_options(course_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
  -Wold-style-cast -Woverloaded-virtual -Werror)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  # g++ 12 reports a false -Wmismatched-new-delete on Asio's coroutine frame allocator.
  target_compile_options(course_warnings INTERFACE -Wno-mismatched-new-delete)
endif()

# Code that runs for microseconds between waits (most lessons, the unit tests, the runner) builds
# without optimisation in Release: 10-20% faster to compile than -O1 and 30% faster than -O2
# (docs/measured.md), and no slower to run in any way a lesson shows. The course runtime, where
# the loop spends its time, keeps -O2, and so does a lesson whose figures are its own speed.
add_library(course_lesson_code INTERFACE)
target_compile_options(course_lesson_code INTERFACE $<$<CONFIG:Release>:-O0>)
