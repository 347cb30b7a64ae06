// DIFF_CASE(name) { ...co_await... }: the C++ translation of tests/diff/cases/name.py, run as that
// program's `asyncio.run(main())` by the diff_cases program (diff_main.cpp), which prints the
// run's records in the format vloop.py prints CPython's (README.md beside this file).
// DIFF_CASE_RETURNING(name, T) is the same for a main that returns a value; DIFF_PROGRAM(name) a
// case that drives the loop itself (run_until_complete) and returns its result's repr.
#pragma once

#include <course/lock.hpp>
#include <course/names.hpp>
#include <course/queue.hpp>

#include <functional>
#include <string>
#include <vector>

namespace course::diff {

// Registers a case; its function runs the program and returns repr() of its result.
bool add(const char* name, std::function<std::string()> program);

template <typename T>
std::string run_main(asio::awaitable<T> main) {
  if constexpr (std::is_void_v<T>) {
    course::run(std::move(main));
    return "None";
  } else {
    return py::repr(course::run(std::move(main)));
  }
}

// asyncio.sleep(delay, result): sleeps, then gives result. A case says `using course::diff::sleep;`
// and calls it as its Python does (POSIX's ::sleep stays hidden).
template <typename T>
asio::awaitable<T> sleep(double delay, T result) {
  co_await course::sleep(delay);
  co_return result;
}
inline asio::awaitable<std::string> sleep(double delay, const char* result) {
  return sleep(delay, std::string(result));
}

// [type(r).__name__ for r in res] over the results of gather(..., return_exceptions=True): each
// exception's class, or result_type, Python's name for a result's type ("str", "NoneType").
template <typename T>
std::string type_names(const std::vector<outcome<T>>& results, const std::string& result_type) {
  std::vector<std::string> names;
  for (const auto& r : results)
    names.push_back(r.error ? py::exception_name(r.error) : result_type);
  return py::list(names);
}

}  // namespace course::diff

#define DIFF_CASE_RETURNING(name, T)                                                  \
  static course::asio::awaitable<T> name##_main();                                    \
  [[maybe_unused]] static const bool name##_registered =                              \
      course::diff::add(#name, [] { return course::diff::run_main(name##_main()); }); \
  static course::asio::awaitable<T> name##_main()

#define DIFF_CASE(name) DIFF_CASE_RETURNING(name, void)

#define DIFF_PROGRAM(name)                                                                         \
  static std::string name##_program();                                                             \
  [[maybe_unused]] static const bool name##_registered = course::diff::add(#name, name##_program); \
  static std::string name##_program()
