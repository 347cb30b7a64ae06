// The notes' util module: delay() and the async_timed decorator.
#pragma once

#include "course/asio.hpp"
#include "course/clock.hpp"
#include "course/print.hpp"
#include "course/timer.hpp"

#include <exception>
#include <optional>
#include <string>
#include <type_traits>

namespace course {

// util.delay: prints 睡N秒, sleeps N seconds, prints 结束睡眠N秒, returns N.
asio::awaitable<int> delay(int delay_seconds);

// @async_timed(): C++ has no decorators, so the decorated function is a constant that wraps the
// plain coroutine function F and carries the name Python would print:
//
//     asio::awaitable<int> delay_(int delay_seconds) { ... }
//     constexpr async_timed<delay_> delay{"delay"};
//
// Calling delay(2) prints `strarting <function delay at 0x...> with args: (2,), kwargs: {}`,
// awaits delay_(2), then prints `finished <function delay at 0x...> in 2.00 seconds`, on success
// and on error alike (the decorator's try/finally). C++ has no keyword arguments: kwargs is
// always {}.
template <auto F>
struct async_timed {
  const char* name;

  template <typename... Args>
  auto operator()(Args... args) const -> decltype(F(args...)) {
    return timed(name, py::tuple(args...), [=] { return F(args...); });
  }

  // What the Python reads from a module constant, and the C++ from a lesson's option, is handed
  // to F first and not printed: cpu_bound_work.given(piece)() awaits cpu_bound_work_(piece) and
  // prints `with args: ()`, as the Python's cpu_bound_work() does.
  template <typename Given>
  auto given(Given given) const {
    return [name = name, given](auto... args) -> decltype(F(given, args...)) {
      return timed(name, py::tuple(args...), [=] { return F(given, args...); });
    };
  }

 private:
  // `start` makes the awaitable of F's body; called inside the coroutine, so the body starts
  // after the first line is printed.
  template <typename Start>
  static auto timed(const char* name, std::string args, Start start) -> decltype(start()) {
    const auto func = py::function(name, reinterpret_cast<const void*>(F));
    print("strarting " + func + " with args: " + args + ", kwargs: {}");
    const auto started = clock::now();
    std::exception_ptr error;
    using result = typename decltype(start())::value_type;
    if constexpr (std::is_void_v<result>) {
      try {
        auto body = start();
        co_await std::move(body);
      } catch (...) {
        error = std::current_exception();
      }
      print("finished " + func + " in " + py::fixed(seconds_since(started), 2) + " seconds");
      if (error) std::rethrow_exception(error);
    } else {
      std::optional<result> value;
      try {
        auto body = start();
        value.emplace(co_await std::move(body));
      } catch (...) {
        error = std::current_exception();
      }
      print("finished " + func + " in " + py::fixed(seconds_since(started), 2) + " seconds");
      if (error) std::rethrow_exception(error);
      co_return std::move(*value);
    }
  }
};

}  // namespace course
