#include "course/util.hpp"

namespace course {

asio::awaitable<int> delay(int delay_seconds) {
  print("睡" + py::str(delay_seconds) + "秒");
  co_await sleep(static_cast<double>(delay_seconds));
  print("结束睡眠" + py::str(delay_seconds) + "秒");
  co_return delay_seconds;
}

}  // namespace course
