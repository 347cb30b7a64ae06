// CO_TEST_CASE(name) { ...co_await... }: a test case whose body is a coroutine, run as a course
// program's main in virtual time. An exception that escapes it, or any task, fails the test.
#pragma once

#include <course/names.hpp>

#include <boost/test/unit_test.hpp>

// What the tests write with, beyond the lessons' names.
using course::program_seconds;
using course::sleep;

#define CO_TEST_CASE(name)                     \
  course::asio::awaitable<void> name##_body(); \
  BOOST_AUTO_TEST_CASE(name) {                 \
    course::use_virtual_time();                \
    course::journal::begin_program();          \
    course::run(name##_body());                \
  }                                            \
  course::asio::awaitable<void> name##_body()

namespace course::testing {
// The lines printed so far in this program, in order.
inline std::vector<std::string> printed() {
  std::vector<std::string> lines;
  for (const auto& e : journal::entries()) {
    if (e.what == journal::kind::printed) lines.emplace_back(e.text);
  }
  return lines;
}
}  // namespace course::testing
