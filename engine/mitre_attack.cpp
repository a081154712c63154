#include "engine/mitre_attack.h"

#include "engine/indicator.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace indicia {

namespace {

// The top-level Enterprise technique numbers (Tnnnn without the T): the union of
//  - ATT&CK v11.3, as bundled by SigmaHQ/pySigma sigma/data/mitre_attack.py
//    (commit 0cee4437315a754ffbdc98e968fa31772200be10), and
//  - the current release's list (T1648 ... T1690 added; T1562 deprecated), extracted from
//    MITRE's STIX bundle https://github.com/mitre-attack/attack-stix-data
//    (enterprise-attack/enterprise-attack.json).
// MITRE ATT&CK(R) is (c) The MITRE Corporation; this work is reproduced and distributed with
// the permission of The MITRE Corporation (ATT&CK Terms of Use). Only the ids are kept.
constexpr std::uint16_t kTechniques[] = {
    1001, 1003, 1005, 1006, 1007, 1008, 1010, 1011, 1012, 1014, 1016, 1018, 1020, 1021, 1025, 1027,
    1029, 1030, 1033, 1036, 1037, 1039, 1040, 1041, 1046, 1047, 1048, 1049, 1052, 1053, 1055, 1056,
    1057, 1059, 1068, 1069, 1070, 1071, 1072, 1074, 1078, 1080, 1082, 1083, 1087, 1090, 1091, 1092,
    1095, 1098, 1102, 1104, 1105, 1106, 1110, 1111, 1112, 1113, 1114, 1115, 1119, 1120, 1123, 1124,
    1125, 1127, 1129, 1132, 1133, 1134, 1135, 1136, 1137, 1140, 1176, 1185, 1187, 1189, 1190, 1195,
    1197, 1199, 1200, 1201, 1202, 1203, 1204, 1205, 1207, 1210, 1211, 1212, 1213, 1216, 1217, 1218,
    1219, 1220, 1221, 1222, 1480, 1482, 1484, 1485, 1486, 1489, 1490, 1491, 1495, 1496, 1497, 1498,
    1499, 1505, 1518, 1525, 1526, 1528, 1529, 1530, 1531, 1534, 1535, 1537, 1538, 1539, 1542, 1543,
    1546, 1547, 1548, 1550, 1552, 1553, 1554, 1555, 1556, 1557, 1558, 1559, 1560, 1561, 1562, 1563,
    1564, 1565, 1566, 1567, 1568, 1569, 1570, 1571, 1572, 1573, 1574, 1578, 1580, 1583, 1584, 1585,
    1586, 1587, 1588, 1589, 1590, 1591, 1592, 1593, 1594, 1595, 1596, 1597, 1598, 1599, 1600, 1601,
    1602, 1606, 1608, 1609, 1610, 1611, 1612, 1613, 1614, 1615, 1619, 1620, 1621, 1622, 1647, 1648,
    1649, 1650, 1651, 1652, 1653, 1654, 1657, 1659, 1665, 1666, 1667, 1668, 1669, 1671, 1673, 1674,
    1675, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690,
};

static_assert(std::is_sorted(std::begin(kTechniques), std::end(kTechniques)));

} // namespace

bool isKnownMitreTechnique(std::string_view id)
{
    if (!isMitreTechniqueId(id))
        return false;
    const auto number = std::uint16_t((id[1] - '0') * 1000 + (id[2] - '0') * 100 + (id[3] - '0') * 10 + (id[4] - '0'));
    return std::binary_search(std::begin(kTechniques), std::end(kTechniques), number);
}

} // namespace indicia
