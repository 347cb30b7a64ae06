// An exception raised by main() propagates out of asyncio.run().
#include "../diff_case.hpp"
namespace run_main_raises {

DIFF_CASE(run_main_raises) {
  print("about to fail");
  co_await course::sleep(1.0);
  throw std::invalid_argument("main failed");
}
}  // namespace run_main_raises
