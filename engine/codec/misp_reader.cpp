// Reading MISP events with nlohmann/json: find the events in the document, then walk each
// event's attributes and its objects' attributes in order, one or two rows per attribute.

#include "engine/codec/misp_reader.h"

#include "engine/codec/format_codes.h"
#include "engine/codec/misp_fields.h"
#include "engine/codec/misp_types.h"

#include <nlohmann/json.hpp>

#include <iterator>

namespace indicia {

namespace {

using nlohmann::json;

std::string stringField(const json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// MISP writes booleans as true/false, older exports as "1"/"0" or 1/0.
bool flag(const json& object, const char* key)
{
    const auto it = object.find(key);
    if (it == object.end())
        return false;
    if (it->is_boolean())
        return it->get<bool>();
    if (it->is_number_integer())
        return it->get<long long>() != 0;
    return it->is_string() && (it->get<std::string>() == "1" || it->get<std::string>() == "true");
}

// The events of a document: {"Event": e}, {"response": [{"Event": e}...]}, [{"Event": e}...],
// or a bare event (an object with "Attribute" or "Object").
std::vector<const json*> findEvents(const json& document)
{
    std::vector<const json*> events;
    auto addWrapped = [&events](const json& item) {
        if (item.is_object() && item.contains("Event") && item["Event"].is_object())
            events.push_back(&item["Event"]);
    };
    if (document.is_array()) {
        for (const json& item : document)
            addWrapped(item);
    } else if (document.is_object() && document.contains("response") && document["response"].is_array()) {
        for (const json& item : document["response"])
            addWrapped(item);
    } else if (document.is_object() && document.contains("Event")) {
        addWrapped(document);
    } else if (document.is_object() && (document.contains("Attribute") || document.contains("Object"))) {
        events.push_back(&document);
    }
    return events;
}

// The part of a composite value an indicator is: 1 = left of '|', 2 = right of it.
std::string valuePart(const std::string& value, int part)
{
    if (part == 0)
        return value;
    const std::size_t bar = value.find('|');
    if (bar == std::string::npos)
        return part == 1 ? value : std::string();
    return part == 1 ? value.substr(0, bar) : value.substr(bar + 1);
}

// An ip-src or ip-dst value: an address, or a range when it carries a prefix.
IndicatorType ipTypeOf(const std::string& value)
{
    return value.find('/') != std::string::npos ? IndicatorType::IpRange : IndicatorType::IpAddress;
}

class EventReader {
public:
    EventReader(RowQueue& rows, TimePoint now, bool all) : rows_(rows), now_(now), all_(all) {}

    void read(const json& event)
    {
        info_ = stringField(event, "info");
        readAttributes(event);
        const auto objects = event.find("Object");
        if (objects == event.end() || !objects->is_array())
            return;
        for (const json& object : *objects) {
            if (object.is_object())
                readAttributes(object);
        }
    }

private:
    void readAttributes(const json& owner)
    {
        const auto attributes = owner.find("Attribute");
        if (attributes == owner.end() || !attributes->is_array())
            return;
        for (const json& attribute : *attributes)
            readAttribute(attribute);
    }

    void refuse(const std::string& uuid, std::string_view code, const std::string& why)
    {
        rows_.push(refusedRow(ordinal_, uuid, code, "Attribute " + uuid + ": " + why));
    }

    void readAttribute(const json& attribute)
    {
        ++ordinal_;
        if (!attribute.is_object())
            return refuse("attribute " + std::to_string(ordinal_), codes::kJsonShape, "not a JSON object.");
        std::string uuid = stringField(attribute, "uuid");
        if (uuid.empty())
            uuid = "attribute " + std::to_string(ordinal_);
        const std::string type = stringField(attribute, "type");
        const auto mappings = misp::mappingsFor(type);
        if (flag(attribute, "deleted"))
            return refuse(uuid, codes::kMispDeleted, "the attribute is marked deleted.");
        if (mappings.empty())
            return refuse(uuid, codes::kMispTypeUnsupported,
                          "the type " + (type.empty() ? std::string("(none)") : type) + " is not an indicator type.");
        if (!all_ && !flag(attribute, "to_ids") && !misp::hasIndicatorTags(attribute))
            return refuse(uuid, codes::kMispNotForIds,
                          "to_ids is false (context, not for detection).");
        const std::string value = stringField(attribute, "value");
        for (const misp::TypeMapping& mapping : mappings)
            addIndicator(attribute, mapping, valuePart(value, mapping.part));
    }

    void addIndicator(const json& attribute, const misp::TypeMapping& mapping, const std::string& value)
    {
        const IndicatorType type = mapping.type ? *mapping.type : ipTypeOf(value);
        ImportRow row = valueRow(type, value, ordinal_);
        Indicator& indicator = row.indicator;
        indicator.title = info_;
        indicator.description = stringField(attribute, "comment");
        misp::readIndicatorTags(attribute, indicator); // our own export: the MDE fields
        checkExpiry(row, now_);
        rows_.push(std::move(row));
    }

    RowQueue& rows_;
    TimePoint now_;
    bool all_;
    std::string info_;
    std::size_t ordinal_ = 0;
};

} // namespace

MispReader::MispReader(std::istream& in, TimePoint now, bool allAttributes)
{
    const json document = json::parse(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>(),
                                      nullptr, false);
    if (document.is_discarded()) {
        documentError_ = Issue{std::string(codes::kJsonInvalid), "The file is not valid JSON.", {}};
        return;
    }
    const auto events = findEvents(document);
    if (events.empty()) {
        documentError_ = Issue{std::string(codes::kJsonShape),
                               "The JSON holds no MISP event (an \"Event\" with \"Attribute\" or \"Object\").", {}};
        return;
    }
    EventReader reader(rows_, now, allAttributes);
    for (const json* event : events)
        reader.read(*event);
}

} // namespace indicia
