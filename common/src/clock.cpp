#include "course/clock.hpp"

#include <atomic>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <limits>
#include <stdexcept>
#include <thread>

namespace course {
namespace {

using steady = std::chrono::steady_clock;

// The clock's state is global because Asio makes it so: a timer's Clock has a static now(), which
// no argument reaches. It is set before the loop starts and read from any thread afterwards.
enum class time_mode { real, virtual_time };
time_mode g_mode = time_mode::real;
double g_speed = 1.0;
steady::time_point g_origin = steady::now();
std::atomic<clock::rep> g_virtual_now{0};
clock::time_point g_program_start{};
std::time_t g_wall_at_start = 0;  // seconds of the course's wall clock at program start
const std::thread::id g_main_thread = std::this_thread::get_id();  // the loops' thread

clock::duration scale(double nanoseconds) noexcept {
  constexpr double max = static_cast<double>(std::numeric_limits<clock::rep>::max());
  if (nanoseconds >= max) return clock::duration::max();
  if (nanoseconds <= -max) return clock::duration::min();
  return clock::duration(static_cast<clock::rep>(nanoseconds));
}

}  // namespace

clock::time_point clock::now() noexcept {
  if (g_mode == time_mode::virtual_time) {
    return time_point(duration(g_virtual_now.load(std::memory_order_relaxed)));
  }
  const auto real = std::chrono::duration_cast<duration>(steady::now() - g_origin);
  if (g_speed == 1.0) return time_point(real);
  return time_point(scale(static_cast<double>(real.count()) * g_speed));
}

// early_wake: how much earlier than a deadline the reactor is asked to wake. Asio arms its timerfd
// for the earliest deadline, and a wake-up comes a little late (the thread's timer slack, a
// virtual machine's timer interrupt), as CPython's selector timeout does.
// Woken early, the reactor finds the timer not yet due (asio's timer queue compares the clock
// with the deadline itself) and polls until it is: a timer still never fires before its
// deadline, and fires within microseconds after it, for at most 0.2 ms of polling a sleep.

clock::duration clock_traits::to_wait_duration(const clock::duration& d) {
  if (d <= clock::duration::zero()) return d;
  const auto real = g_speed == 1.0 ? d : scale(static_cast<double>(d.count()) / g_speed);
  return real > early_wake ? real - early_wake : clock::duration::zero();
}

clock::duration clock_traits::to_wait_duration(const clock::time_point& t) {
  const auto now = clock::now();
  if (t <= now) return clock::duration::zero();
  // Saturate rather than overflow for deadlines at time_point::max().
  if (now.time_since_epoch().count() > 0 &&
      t.time_since_epoch() > clock::duration::max() - now.time_since_epoch()) {
    return to_wait_duration(clock::duration::max());
  }
  return to_wait_duration(t - now);
}

void use_real_time(double speed) {
  if (!(speed > 0.0) || !std::isfinite(speed)) {
    throw std::invalid_argument("the speed must be a finite number greater than 0");
  }
  g_mode = time_mode::real;
  g_speed = speed;
  g_origin = steady::now();
}

void use_virtual_time() {
  g_mode = time_mode::virtual_time;
  g_speed = 1.0;
  g_virtual_now.store(0, std::memory_order_relaxed);
}

bool is_virtual() noexcept { return g_mode == time_mode::virtual_time; }
double speed() noexcept { return g_speed; }

void start_program() {
  if (is_virtual()) g_virtual_now.store(0, std::memory_order_relaxed);
  g_program_start = clock::now();
  if (is_virtual()) {
    g_wall_at_start = 0;  // reads as 00:00:00
  } else {
    const std::time_t t = std::time(nullptr);
    std::tm local{};
    localtime_r(&t, &local);
    g_wall_at_start = local.tm_hour * 3600 + local.tm_min * 60 + local.tm_sec;
  }
}

clock::time_point program_start() noexcept { return g_program_start; }

double seconds(clock::duration d) noexcept { return static_cast<double>(d.count()) / 1e9; }
double seconds_since(clock::time_point t) noexcept { return seconds(clock::now() - t); }
double program_seconds() noexcept { return seconds_since(g_program_start); }

std::string time_of_day() {
  const auto since =
      std::chrono::duration_cast<std::chrono::seconds>(clock::now() - g_program_start);
  const long long s = (static_cast<long long>(g_wall_at_start) + since.count()) % 86400;
  char text[16];
  std::snprintf(text, sizeof text, "%02lld:%02lld:%02lld", s / 3600, s / 60 % 60, s % 60);
  return text;
}

clock::duration secs(double seconds) {
  return clock::duration(static_cast<clock::rep>(std::llround(seconds * 1e9)));
}

void time_sleep(double seconds) {
  if (is_virtual()) {
    // On a worker thread the clock stands still (threads.hpp): its work takes no course time.
    if (std::this_thread::get_id() != g_main_thread) return;
    detail::advance_virtual_time_to(clock::now() + secs(seconds));
  } else {
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds / speed()));
  }
}

namespace detail {
void advance_virtual_time_to(clock::time_point t) noexcept {
  const auto target = t.time_since_epoch().count();
  if (target > g_virtual_now.load(std::memory_order_relaxed)) {
    g_virtual_now.store(target, std::memory_order_relaxed);
  }
}
}  // namespace detail

}  // namespace course
