// course show LESSON [--variant V] | course show NOTE SECTION: each program's Python beside its
// C++, then its claims and errata.
#pragma once

#include <string>
#include <vector>

namespace runner {

int show(const std::vector<std::string>& what, const std::string& variant);

}  // namespace runner
