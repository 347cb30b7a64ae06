#include "co_test.hpp"

#include <regex>

BOOST_AUTO_TEST_SUITE(printing)

namespace py = course::py;

BOOST_AUTO_TEST_CASE(floats_print_as_python_repr) {
  BOOST_TEST(py::str(2.0) == "2.0");
  BOOST_TEST(py::str(0.1) == "0.1");
  BOOST_TEST(py::str(0.1 + 0.2) == "0.30000000000000004");
  BOOST_TEST(py::str(1e-05) == "1e-05");
  BOOST_TEST(py::str(-3.5) == "-3.5");
}

BOOST_AUTO_TEST_CASE(strings_lists_and_tuples_print_as_python_does) {
  BOOST_TEST(py::repr("hello - 1") == "'hello - 1'");
  BOOST_TEST(py::repr("it's") == "\"it's\"");
  BOOST_TEST(py::list(std::vector<std::string>{"hello - 1", "world - 2"}) ==
             "['hello - 1', 'world - 2']");
  BOOST_TEST(py::tuple() == "()");
  BOOST_TEST(py::tuple(2) == "(2,)");
  BOOST_TEST(py::tuple(1, std::string("a")) == "(1, 'a')");
  BOOST_TEST(py::str(true) == "True");
  BOOST_TEST(py::fixed(3.00999, 2) == "3.01");
}

course::asio::awaitable<int> delay_(int delay_seconds) {
  co_await course::sleep(static_cast<double>(delay_seconds));
  co_return delay_seconds;
}
constexpr course::async_timed<delay_> delay{"delay"};

course::asio::awaitable<int> fail_(int after) {
  co_await course::sleep(static_cast<double>(after));
  throw std::runtime_error("boom");
}
constexpr course::async_timed<fail_> fail{"fail"};

CO_TEST_CASE(async_timed_prints_what_the_notes_decorator_prints) {
  const int result = co_await delay(2);
  BOOST_TEST(result == 2);
  const auto lines = course::testing::printed();
  BOOST_REQUIRE(lines.size() == 2u);
  const std::regex function("<function delay at 0x[0-9a-f]+>");
  BOOST_TEST(std::regex_match(lines[0], std::regex("strarting <function delay at 0x[0-9a-f]+> "
                                                   "with args: \\(2,\\), kwargs: \\{\\}")));
  BOOST_TEST(std::regex_match(
      lines[1], std::regex("finished <function delay at 0x[0-9a-f]+> in 2\\.00 seconds")));
}

CO_TEST_CASE(async_timed_prints_finished_when_the_function_throws) {
  BOOST_CHECK_THROW(co_await fail(3), std::runtime_error);
  const auto lines = course::testing::printed();
  BOOST_REQUIRE(lines.size() == 2u);
  BOOST_TEST(std::regex_match(
      lines[1], std::regex("finished <function fail at 0x[0-9a-f]+> in 3\\.00 seconds")));
}

CO_TEST_CASE(time_of_day_starts_at_midnight_in_virtual_time) {
  BOOST_TEST(course::time_of_day() == "00:00:00");
  co_await course::sleep(3661.0);
  BOOST_TEST(course::time_of_day() == "01:01:01");
}

BOOST_AUTO_TEST_SUITE_END()  // printing
