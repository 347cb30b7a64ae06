# Warnings as errors for the project's own code, through an INTERFACE target.
add_library(course_warnings INTERFACE)
target_compile_options(course_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
  -Wold-style-cast -Woverloaded-virtual -Werror)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  # g++ 12 reports a false -Wmismatched-new-delete on Asio's coroutine frame allocator.
  target_compile_options(course_warnings INTERFACE -Wno-mismatched-new-delete)
endif()
