// The unit_tests program's main: Boost.Test's, with each test_*.cpp a suite of it.
#define BOOST_TEST_MODULE course runtime
#include <boost/test/unit_test.hpp>
