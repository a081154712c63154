#pragma once
// Is a (format-valid) MITRE ATT&CK technique id one that ATT&CK Enterprise defines? A
// typo such as T9999 passes isMitreTechniqueId() but names nothing: validation warns.

#include <string_view>

namespace indicia {

// True when the technique number of "T1059" or "T1059.001" is in the built-in table.
// Sub-technique numbers are not checked (new ones appear with every ATT&CK release);
// deprecated techniques (e.g. T1562) stay known, since existing indicators carry them.
bool isKnownMitreTechnique(std::string_view id);

} // namespace indicia
