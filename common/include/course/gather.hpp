// course::gather, the asyncio.gather counterpart:
//
//   auto results = co_await gather(task1, task2);            // tasks already started
//   auto results = co_await gather(say_after(1, "hello"),    // coroutines: each becomes a task
//                                  say_after(2, "world"));
//
// The results come back in argument order, as a vector (Python's list). As asyncio's (3.11), it is
// built from a done callback on each task: the first exception (or cancellation) of a task
// reaches the awaiter, and the others run on, their later errors retrieved; cancelling the
// awaiter cancels every task, and it raises CancelledError when the first of them ends
// cancelled. Gathering tasks already done still takes a loop turn, as the callbacks do.
//
// Asio's own `a && b` differs on failure: it cancels the other operations and, when they end with
// operation_aborted, throws asio::multiple_exceptions. That is asyncio's TaskGroup, not gather.
#pragma once

#include "course/asio.hpp"
#include "course/task.hpp"

#include <memory>
#include <optional>
#include <type_traits>
#include <vector>

namespace course {

namespace detail {

template <typename T>
task<T> as_task(const asio::any_io_executor&, task<T> t) {
  return t;
}
template <typename T>
task<T> as_task(const asio::any_io_executor& ex, asio::awaitable<T> coroutine) {
  return asio::co_spawn(ex, std::move(coroutine), use_task);
}

template <typename A>
using result_of = typename decltype(as_task(std::declval<asio::any_io_executor>(),
                                            std::declval<A>()))::result_type;

}  // namespace detail

// What gather(return_exceptions, ...) gives for each child, as Python's list holds a result or an
// exception: the child's value, or its exception (CancelledError for a cancelled child).
template <typename T>
struct outcome {
  std::optional<std::conditional_t<std::is_void_v<T>, std::monostate, T>> value;
  std::exception_ptr error;
};

// The return_exceptions=True of asyncio.gather.
struct return_exceptions_t {};
inline constexpr return_exceptions_t return_exceptions{};

namespace detail {

// What the awaiter gets: the results (none for void), or each child's outcome.
template <typename T, bool Settle>
using gathered = std::conditional_t<Settle, std::vector<outcome<T>>,
                                    std::conditional_t<std::is_void_v<T>, void, std::vector<T>>>;
template <typename T, bool Settle>
struct gather_signature_of {
  using type = void(std::exception_ptr, gathered<T, Settle>);
};
template <>
struct gather_signature_of<void, false> {
  using type = void(std::exception_ptr);
};
template <typename T, bool Settle>
using gather_signature = typename gather_signature_of<T, Settle>::type;

// asyncio's _GatheringFuture: the outer future the awaiter waits on. Settle: return_exceptions.
template <typename T, bool Settle = false>
struct gathering {
  using handler_type = asio::any_completion_handler<gather_signature<T, Settle>>;
  using results_type =
      std::conditional_t<!Settle && std::is_void_v<T>, std::vector<int>, gathered<T, Settle>>;
  std::vector<task<T>> children;
  std::size_t finished = 0;
  bool done = false;
  bool cancel_requested = false;
  std::optional<handler_type> awaiter;
  asio::any_io_executor executor;

  results_type results() {
    results_type out;
    if constexpr (Settle) {
      for (auto& c : children) {
        outcome<T> o;
        if (c.cancelled()) {
          // gather makes CancelledError('') for a cancelled child (a task keeps no message
          // once it is cancelled): its args are ('',).
          o.error = make_cancelled_error(std::string());
        } else if (auto e = c.exception()) {
          o.error = e;
        } else if constexpr (std::is_void_v<T>) {
          o.value.emplace();
        } else {
          o.value.emplace(c.result());
        }
        out.push_back(std::move(o));
      }
    } else if constexpr (!std::is_void_v<T>) {
      for (auto& c : children) out.push_back(c.result());
    }
    return out;
  }

  void complete(std::exception_ptr e) {
    done = true;
    if (!awaiter) return;
    auto handler = std::move(*awaiter);
    awaiter.reset();
    auto ex = asio::get_associated_executor(handler, executor);
    results_type values = e ? results_type() : results();
    asio::post(executor, asio::bind_executor(ex, [handler = std::move(handler), e,
                                                  values = std::move(values)]() mutable {
                 const auto error = take_must_cancel() ? make_cancelled_error() : e;
                 if constexpr (!Settle && std::is_void_v<T>) {
                   std::move(handler)(error);
                 } else {
                   std::move(handler)(error, std::move(values));
                 }
               }));
  }

  void child_done(const task<T>& child) {
    ++finished;
    if (done) {
      if (!child.cancelled()) (void)child.exception();  // retrieved
      return;
    }
    if constexpr (!Settle) {
      if (child.cancelled()) return complete(child.core()->error_for_result());
      if (auto e = child.exception()) return complete(e);
    }
    if (finished == children.size()) {
      complete(cancel_requested ? make_cancelled_error() : nullptr);
    }
  }

  // Cancelling the awaiter cancels the children; it still waits for the outcome.
  bool cancel() {
    if (done) return false;
    bool any = false;
    for (auto& c : children) any = c.cancel() || any;
    if (any) cancel_requested = true;
    return any;
  }
};

template <typename T, bool Settle>
struct initiate_gather {
  std::shared_ptr<gathering<T, Settle>> outer;
  struct cancel_wait {
    std::weak_ptr<gathering<T, Settle>> outer;
    void operator()(asio::cancellation_type type) const {
      if (type == asio::cancellation_type::none) return;
      if (auto o = outer.lock(); o && o->cancel()) count_cancelled_wait();
    }
  };
  template <typename Handler>
  void operator()(Handler&& handler) const {
    loop::note_wait("gather");
    auto slot = asio::get_associated_cancellation_slot(handler);
    outer->awaiter.emplace(std::forward<Handler>(handler));
    if (slot.is_connected()) slot.template emplace<cancel_wait>(outer);
    if (auto* self = current_task(); self != nullptr && self->must_cancel) {
      if (outer->cancel()) self->must_cancel = false;
    }
  }
};

}  // namespace detail

namespace detail {
template <bool Settle, typename T>
asio::awaitable<gathered<T, Settle>> gather_tasks(std::vector<task<T>> tasks) {
  if (tasks.empty()) co_return gathered<T, Settle>();
  auto outer = std::make_shared<gathering<T, Settle>>();
  outer->children = tasks;
  outer->executor = co_await asio::this_coro::executor;
  for (auto& t : tasks) {
    t.add_done_callback([outer](const task<T>& child) { outer->child_done(child); });
  }
  auto wait = asio::async_initiate<decltype(asio::use_awaitable), gather_signature<T, Settle>>(
      initiate_gather<T, Settle>{outer}, asio::use_awaitable);
  co_return co_await std::move(wait);
}

template <bool Settle, typename First, typename... Rest>
asio::awaitable<gathered<result_of<First>, Settle>> gather_all(First first, Rest... rest) {
  using T = result_of<First>;
  static_assert((std::is_same_v<T, result_of<Rest>> && ...),
                "course::gather takes awaitables of one result type, as a Python list holds");
  auto ex = co_await asio::this_coro::executor;
  std::vector<task<T>> tasks{as_task(ex, std::move(first)), as_task(ex, std::move(rest))...};
  auto wait = gather_tasks<Settle>(std::move(tasks));
  co_return co_await std::move(wait);
}
}  // namespace detail

template <typename T>
asio::awaitable<detail::gathered<T, false>> gather(std::vector<task<T>> tasks) {
  return detail::gather_tasks<false>(std::move(tasks));
}

// gather(a, b, ...): coroutines or tasks, all of one result type.
template <typename First, typename... Rest>
asio::awaitable<detail::gathered<detail::result_of<First>, false>> gather(First first,
                                                                          Rest... rest) {
  return detail::gather_all<false>(std::move(first), std::move(rest)...);
}

// gather(return_exceptions, ...): every child runs to its end, and each one's outcome comes back,
// a value or an exception, in argument order; cancelling the awaiter still raises CancelledError.
template <typename T>
asio::awaitable<detail::gathered<T, true>> gather(return_exceptions_t, std::vector<task<T>> tasks) {
  return detail::gather_tasks<true>(std::move(tasks));
}

template <typename First, typename... Rest>
asio::awaitable<detail::gathered<detail::result_of<First>, true>> gather(return_exceptions_t,
                                                                         First first,
                                                                         Rest... rest) {
  return detail::gather_all<true>(std::move(first), std::move(rest)...);
}

}  // namespace course
