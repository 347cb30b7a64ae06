// Part ways: asio's `a && b` is not gather: when one fails, gather lets the other run on. `&&`
// cancels the other operand, here the wait on task b, which cancels b, and raises once b has
// ended (asio_and_is_not_gather.asio.txt): that is asyncio's TaskGroup. course::gather is
// gather (gather_first_error).
#include "../diff_case.hpp"

namespace asio_and_is_not_gather {
using namespace asio::experimental::awaitable_operators;

awaitable<void> fails() {
  co_await course::sleep(1.0);
  throw std::invalid_argument("a failed");
}

awaitable<void> works() {
  try {
    co_await course::sleep(2.0);
    print("b finished");
  } catch (const boost::system::system_error& e) {
    if (e.code() == asio::error::operation_aborted) print("b cancelled");
    throw;
  }
}

DIFF_CASE(asio_and_is_not_gather) {
  auto ex = co_await asio::this_coro::executor;
  auto a = co_spawn(ex, fails(), use_task);
  auto b = co_spawn(ex, works(), use_task);
  try {
    auto both = a.async_wait(use_awaitable) && b.async_wait(use_awaitable);
    co_await std::move(both);
  } catch (const std::invalid_argument& e) {
    print("raised:", e.what());
  } catch (const asio::multiple_exceptions& e) {
    print("raised: multiple_exceptions, first:",
          course::py::exception_message(e.first_exception()));
  }
  co_await course::sleep(2.0);
  print("b.cancelled():", b.cancelled());
}
}  // namespace asio_and_is_not_gather
