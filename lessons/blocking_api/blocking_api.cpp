// Lesson: a blocking API inside tasks, the second pitfall. requests.get blocks the thread until
// the answer comes, and the loop's one thread with it: three tasks that each make a request run
// one after the other, 3 × 1 s. The C++ counterpart of requests is a synchronous socket call.
//
// Two fixes. A client built on the loop's own asynchronous operations (asio's async_connect,
// async_write, async_read_until; asyncio's streams or aiohttp) waits for all three answers at
// once: 1 s. A blocking API that cannot be changed goes to a thread pool instead (asyncio's
// to_thread; course::to_thread here), where it blocks a pool thread, not the loop.
//
// No internet is needed: instead of https://example.com the lesson asks its own HTTP server on
// 127.0.0.1 (a free port), which answers every request after 1 course second. The server runs on
// its own thread and io_context; --url sends the requests elsewhere. Virtual time does not apply:
// the sockets are real, and a blocked thread cannot let the clock jump.
#include <course/names.hpp>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/write.hpp>

#include <memory>
#include <stdexcept>
#include <string>
#include <thread>

using asio::ip::tcp;

// Where the requests go: http://HOST:PORT/PATH.
struct url {
  std::string host, port, path, text;
};
url parse_url(const std::string& text);

// The stand-in for example.com, defined at the end of the file.
class example_server {
 public:
  example_server();
  ~example_server();
  url address() const;

 private:
  asio::io_context io_;
  tcp::acceptor acceptor_;
  std::thread thread_;
};

// What the checks compare, in course seconds: each request's time, added up, and main's. Their
// ratio is how many requests were in flight at once: 1 when they block, 3 when they do not.
double requests_seconds = 0;
const std::string in_flight = N_("requests in flight: their seconds added up \u00f7 main's");

std::string request_for(const url& u) {
  const auto host = u.host.find(':') == std::string::npos ? u.host : "[" + u.host + "]";
  return "GET " + u.path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
}

// The status code of u's response: "HTTP/1.1 200 OK\r\n..." -> 200.
int status_code(const url& u, const std::string& response) {
  const auto space = response.find(' ');
  if (!response.starts_with("HTTP/") || space == std::string::npos || space > response.find('\r')) {
    throw std::runtime_error("GET " + u.text + ": not an HTTP response");
  }
  return std::stoi(response.substr(space + 1, 3));
}

// requests.get(url).status_code: each call blocks this thread until the socket is ready.
int blocking_get_status(const url& u) {
  try {
    asio::io_context io;  // a synchronous socket still needs an I/O context; nothing runs it
    tcp::socket socket(io);
    asio::connect(socket, tcp::resolver(io).resolve(u.host, u.port));
    asio::write(socket, asio::buffer(request_for(u)));
    std::string response;
    asio::read_until(socket, asio::dynamic_buffer(response), "\r\n");
    return status_code(u, response);
  } catch (const boost::system::system_error& e) {
    throw std::runtime_error("GET " + u.text + ": " + e.code().message());
  }
}

const std::string note = N_("the note's requests went to example.com over the internet");

// 003 运行阻塞的API
namespace blocking {

awaitable<int> get_example_status_(url target) {
  const auto start = course::clock::now();
  const int status = blocking_get_status(target);
  requests_seconds += course::seconds_since(start);
  co_return status;
}
constexpr course::async_timed<get_example_status_> timed_get{"get_example_status"};

// The note's main, which the two fixes keep as it is: three tasks that each get the status,
// awaited in turn. Only get_example_status differs between the programs.
template <const auto& timed_get>
awaitable<void> main_(url target) {
  const auto get_example_status = timed_get.given(target);
  auto ex = co_await asio::this_coro::executor;
  auto task1 = co_spawn(ex, get_example_status(), use_task.of("get_example_status"));
  auto task2 = co_spawn(ex, get_example_status(), use_task.of("get_example_status"));
  auto task3 = co_spawn(ex, get_example_status(), use_task.of("get_example_status"));
  co_await task1.async_wait(use_awaitable);
  co_await task2.async_wait(use_awaitable);
  co_await task3.async_wait(use_awaitable);
}
constexpr course::async_timed<main_<timed_get>> async_main{"main"};

}  // namespace blocking

// The course's first fix, in Python (asyncio's streams; aiohttp would do the same); main is the
// note's, blocking::main_.
// The Python: non_blocking.py beside this file.
namespace non_blocking {

awaitable<int> get_example_status_(url u) {
  const auto start = course::clock::now();
  auto ex = co_await asio::this_coro::executor;
  int status = 0;
  std::exception_ptr failed;
  try {
    tcp::resolver resolver(ex);
    auto endpoints = co_await resolver.async_resolve(u.host, u.port, use_awaitable);
    tcp::socket socket(ex);
    co_await asio::async_connect(socket, endpoints, use_awaitable);
    co_await asio::async_write(socket, asio::buffer(request_for(u)), use_awaitable);
    std::string response;
    co_await asio::async_read_until(socket, asio::dynamic_buffer(response), "\r\n", use_awaitable);
    status = status_code(u, response);
  } catch (const boost::system::system_error& e) {
    if (e.code() == asio::error::operation_aborted) throw;  // cancelled: not a failed request
    failed =
        std::make_exception_ptr(std::runtime_error("GET " + u.text + ": " + e.code().message()));
  }
  if (failed) std::rethrow_exception(failed);
  requests_seconds += course::seconds_since(start);
  co_return status;
}
constexpr course::async_timed<get_example_status_> timed_get{"get_example_status"};

constexpr course::async_timed<blocking::main_<timed_get>> async_main{"main"};

}  // namespace non_blocking

// The course's second fix, in Python: the blocking call as it was, on a thread.
// The Python: to_thread.py beside this file.
// asyncio.to_thread uses the loop's default executor, a pool of threads; main is the note's,
// blocking::main_.
namespace on_a_thread {

awaitable<int> get_example_status_(url target) {
  const auto start = course::clock::now();
  auto on_thread = course::to_thread(blocking_get_status, target);
  const int status = co_await std::move(on_thread);
  requests_seconds += course::seconds_since(start);
  co_return status;
}
constexpr course::async_timed<get_example_status_> timed_get{"get_example_status"};

constexpr course::async_timed<blocking::main_<timed_get>> async_main{"main"};

}  // namespace on_a_thread

// Each program asks the lesson's own server, unless --url names another one. The address is the
// Python's literal URL: the functions are handed it, and do not print it.
template <typename Main>
void run_against_server(const course::options& o, Main async_main) {
  std::unique_ptr<example_server> server;
  url target;
  if (o.given("--url")) {
    target = parse_url(o.text("--url"));
  } else {
    server = std::make_unique<example_server>();
    target = server->address();
  }
  requests_seconds = 0;
  const auto start = course::clock::now();
  course::run(async_main.given(target)());
  course::report_figure(in_flight, requests_seconds / course::seconds_since(start));
}

void blocking_program(const course::options& o) { run_against_server(o, blocking::async_main); }
const course::program blocking_program_descriptor = {
    .variant = "requests_get",
    .note = course::note_003,
    .section = "运行阻塞的API",
    .run = blocking_program,
    .claims = {printed_at("finished <function get_example_status", 1).nth(1).note(1.13, note),
               printed_at("finished <function get_example_status", 2).nth(2).note(2.16, note),
               printed_at("finished <function get_example_status", 3).nth(3).note(3.23, note),
               printed_at("finished <function main", 3).note(3.23, note),
               course::figure_between(in_flight, 1, 0.8, 1.02)}};
void non_blocking_program(const course::options& o) {
  run_against_server(o, non_blocking::async_main);
}
const course::program non_blocking_program_descriptor = {
    .variant = "non_blocking",
    .note = course::note_003,
    .section = "运行阻塞的API",
    .ordinal = course::course_own,
    .run = non_blocking_program,
    .claims = {printed_at("finished <function get_example_status", 1).nth(3),
               printed_at("finished <function main", 1),
               course::figure_between(in_flight, 3, 2, 3.02)}};
void on_a_thread_program(const course::options& o) {
  run_against_server(o, on_a_thread::async_main);
}
const course::program on_a_thread_program_descriptor = {
    .variant = "to_thread",
    .note = course::note_003,
    .section = "运行阻塞的API",
    .ordinal = course::course_own,
    .run = on_a_thread_program,
    .claims = {printed_at("finished <function get_example_status", 1).nth(3),
               printed_at("finished <function main", 1),
               course::figure_between(in_flight, 3, 2, 3.02)}};

// --- The stand-in for example.com -------------------------------------------------------------

url parse_url(const std::string& text) {
  const std::string scheme = "http://";
  if (!text.starts_with(scheme)) {
    throw std::invalid_argument(
        course::format(course::tr("expected http://HOST:PORT/PATH, got '%s'"), text.c_str()));
  }
  // HOST is a name, an IPv4 address, or an IPv6 address in brackets: http://[::1]:8080/.
  const bool bracketed = text.size() > scheme.size() && text[scheme.size()] == '[';
  const auto host_begin = scheme.size() + (bracketed ? 1 : 0);
  const auto host_end =
      bracketed ? text.find(']', host_begin) : text.find_first_of(":/", host_begin);
  const auto colon = host_end == std::string::npos ? host_end : host_end + (bracketed ? 1 : 0);
  if (host_end == std::string::npos || host_end == host_begin || colon >= text.size() ||
      text[colon] != ':') {
    throw std::invalid_argument(
        course::format(course::tr("expected http://HOST:PORT/PATH, got '%s'"), text.c_str()));
  }
  const auto path_start = text.find('/', colon);
  url u{.host = text.substr(host_begin, host_end - host_begin),
        .port = text.substr(colon + 1, path_start == std::string::npos ? std::string::npos
                                                                       : path_start - colon - 1),
        .path = path_start == std::string::npos ? "/" : text.substr(path_start),
        .text = text};
  const bool digits = !u.port.empty() && u.port.size() <= 5 &&
                      u.port.find_first_not_of("0123456789") == std::string::npos;
  if (!digits || std::stoi(u.port) < 1 || std::stoi(u.port) > 65535) {
    throw std::invalid_argument(
        course::format(course::tr("expected a port from 1 to 65535 in '%s'"), text.c_str()));
  }
  return u;
}

// One connection: read the request, wait a course second, answer 200, close.
awaitable<void> answer_after_a_second(tcp::socket socket) {
  std::string request;
  co_await asio::async_read_until(socket, asio::dynamic_buffer(request, 8192), "\r\n\r\n",
                                  use_awaitable);
  // The server runs its own io_context on a thread of its own, not a course loop, whose turns
  // fire course::timers: an asio timer over the course clock waits here.
  asio::basic_waitable_timer<course::clock, course::clock_traits> slow(socket.get_executor(),
                                                                       course::secs(1));
  co_await slow.async_wait(use_awaitable);
  const std::string response = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
  co_await asio::async_write(socket, asio::buffer(response), use_awaitable);
}

awaitable<void> accept_forever(tcp::acceptor* acceptor) {
  for (;;) {
    auto socket = co_await acceptor->async_accept(use_awaitable);
    // A client that hangs up early is its own business: the server keeps serving.
    co_spawn(acceptor->get_executor(), answer_after_a_second(std::move(socket)),
             [](const std::exception_ptr&) {});
  }
}

example_server::example_server()
    : acceptor_(io_, tcp::endpoint(asio::ip::address_v4::loopback(), 0)) {
  co_spawn(io_, accept_forever(&acceptor_), [](const std::exception_ptr& e) {
    if (e) std::rethrow_exception(e);  // the acceptor failing is a bug: let it end the program
  });
  thread_ = std::thread([this] { io_.run(); });
}

example_server::~example_server() {
  io_.stop();
  thread_.join();
}

url example_server::address() const {
  return parse_url("http://127.0.0.1:" + std::to_string(acceptor_.local_endpoint().port()) + "/");
}

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "blocking_api",
       .teaches =
           N_("synchronous sockets block the loop, async_read_until and course::to_thread do not"),
       .programs = {blocking_program_descriptor, non_blocking_program_descriptor,
                    on_a_thread_program_descriptor},
       .options = {{.flag = "--url",
                    .help = N_("Send the requests to this server instead of the lesson's own"),
                    .type_name = "http://HOST:PORT/PATH",
                    .check = [](const std::string& text) { parse_url(text); }}},
       .real_time_only =
           N_("its sockets and threads are real, and a blocked thread stops any clock")});
}
