// course::wait, the asyncio.wait counterpart (3.11):
//
//   auto [done, pending] = co_await course::wait(tasks);                       // ALL_COMPLETED
//   auto [done, pending] = co_await course::wait(tasks, course::first_completed, 1.5);
//
// It waits until every task is done, the first is (first_completed), the first fails
// (first_exception), or the timeout passes, and splits the tasks into done and pending, each in
// the order given (Python's are sets). It cancels nothing. Written as asyncio's is, from a done
// callback on each task and a timer callback that resolve one future, so each step takes the loop
// turns asyncio's takes. An empty list is asyncio's ValueError.
#pragma once

#include "course/future.hpp"
#include "course/task.hpp"
#include "course/timer.hpp"

#include <memory>
#include <optional>
#include <stdexcept>
#include <utility>
#include <vector>

namespace course {

enum class return_when { first_completed, first_exception, all_completed };
inline constexpr return_when first_completed = return_when::first_completed;
inline constexpr return_when first_exception = return_when::first_exception;
inline constexpr return_when all_completed = return_when::all_completed;

template <typename T>
using done_and_pending = std::pair<std::vector<task<T>>, std::vector<task<T>>>;

template <typename T>
asio::awaitable<done_and_pending<T>> wait(std::vector<task<T>> fs, return_when when = all_completed,
                                          std::optional<double> timeout = {}) {
  if (fs.empty()) throw std::invalid_argument("Set of Tasks/Futures is empty.");
  auto ex = co_await asio::this_coro::executor;
  auto waiter = std::make_shared<future<void>>(ex);
  std::optional<timer> timeout_handle;  // cancelled when it goes, as _wait's finally does
  if (timeout) {
    timeout_handle.emplace(ex, secs(*timeout));
    timeout_handle->async_wait([waiter](boost::system::error_code ec) {
      if (!ec && !waiter->done()) waiter->set_result({});
    });
  }
  auto counter = std::make_shared<std::size_t>(fs.size());
  auto attached = std::make_shared<bool>(true);  // remove_done_callback
  for (auto& f : fs) {
    f.add_done_callback([waiter, counter, attached, when](const task<T>& t) {
      if (!*attached) return;
      *counter -= 1;
      if (*counter == 0 || when == first_completed ||
          (when == first_exception && !t.cancelled() && t.exception() != nullptr)) {
        if (!waiter->done()) waiter->set_result({});
      }
    });
  }
  auto wait = waiter->async_wait(asio::use_awaitable);
  co_await std::move(wait);
  *attached = false;
  done_and_pending<T> split;
  for (auto& f : fs) (f.done() ? split.first : split.second).push_back(f);
  co_return split;
}

}  // namespace course
