// Sleeps awaited one after another add up: 1 s then 2 s ends at 3 s.
#include "../diff_case.hpp"
namespace sleep_sequential {

DIFF_CASE_RETURNING(sleep_sequential, std::string) {
  print("start");
  co_await course::sleep(1.0);
  print("after 1 s");
  co_await course::sleep(2.0);
  print("after 2 s more");
  co_await course::sleep(0.5);
  print("after 0.5 s more");
  co_return std::string("done");
}
}  // namespace sleep_sequential
