// loop.run_in_executor(pool, fn) with a pool of one's own: a with block shuts it down on the way
// out (shutdown(wait=True)), so both pieces of work have ended when it does.
#include "../diff_case.hpp"

#include <course/threads.hpp>
namespace run_in_executor_pool {

int square(int n) { return n * n; }

DIFF_CASE_RETURNING(run_in_executor_pool, int) {
  {
    course::thread_pool_executor pool(2);
    auto a = course::run_in_executor(pool, [] { return square(3); });
    auto b = course::run_in_executor(pool, [] { return square(4); });
    const int ra = co_await a.async_wait(use_awaitable);
    const int rb = co_await b.async_wait(use_awaitable);
    print("results:", ra, rb);
  }
  print("pool shut down");
  co_return 25;
}
}  // namespace run_in_executor_pool
