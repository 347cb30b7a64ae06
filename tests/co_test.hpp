// CO_TEST_CASE(name) { ...co_await... }: a test case whose body is a coroutine, run as a course
// program's main in virtual time. An exception that escapes it, or any task, fails the test.
#pragma once

#include <course/course.hpp>

#include <boost/test/unit_test.hpp>

// What every test file writes with, as the lessons do (course/lesson.hpp).
namespace asio = course::asio;
using asio::awaitable;
using asio::co_spawn;
using asio::use_awaitable;
using course::program_seconds;
using course::sleep;
using course::use_task;
using namespace asio::experimental::awaitable_operators;

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
    if (e.what == journal::kind::printed) lines.push_back(e.text);
  }
  return lines;
}
}  // namespace course::testing
