// gather(return_exceptions=True) waits for every child and returns errors in place of results; none
// is left unretrieved.
#include "../diff_case.hpp"

#include <stdexcept>
namespace gather_return_exceptions_errors {

enum class failure { none, value_error, key_error };

awaitable<std::string> job(std::string name, double delay, failure fail) {
  co_await course::sleep(delay);
  if (fail == failure::value_error) throw std::invalid_argument(name);
  if (fail == failure::key_error) throw std::out_of_range(name);
  print(name, "finished");
  co_return name;
}

DIFF_CASE(gather_return_exceptions_errors) {
  auto w = course::gather(course::return_exceptions, job("a", 1, failure::none),
                          job("b", 0.5, failure::value_error), job("c", 2, failure::key_error));
  auto res = co_await std::move(w);
  for (const auto& r : res) {
    if (r.error) {
      print(course::py::exception_name(r.error), course::py::exception_message(r.error));
    } else {
      print("str", *r.value);
    }
  }
}
}  // namespace gather_return_exceptions_errors
