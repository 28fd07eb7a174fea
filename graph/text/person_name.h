#pragma once
// The parts of a written person's name that tell two people with one first and last name
// apart: "George W. Bush" and "George H.W. Bush" differ only in their middle initials.

#include <string>
#include <string_view>

namespace claimgraph {

/// The middle initials of a full name, lower case, one letter a middle name or initial:
/// "hw" for "George H.W. Bush", "George H. W. Bush", "George HW Bush" and "George Herbert
/// Walker Bush"; "w" for "George Walker Bush"; empty for "George Bush" or a one-word name.
/// A generational suffix ("Jr.") is no middle name.
std::string middle_initials(std::string_view full_name);

}  // namespace claimgraph
