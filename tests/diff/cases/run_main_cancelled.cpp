// main() cancelled (here by itself): asyncio.run() raises CancelledError.
#include "../diff_case.hpp"
namespace run_main_cancelled {

DIFF_CASE(run_main_cancelled) {
  course::detail::current_task()->cancel();
  print("cancel requested");
  co_await course::sleep(1.0);
  print("never printed");
}
}  // namespace run_main_cancelled
