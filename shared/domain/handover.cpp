#include "domain/handover.hpp"

#include "domain/journey.hpp"

#include <algorithm>
#include <cctype>

namespace bro {

namespace {

constexpr std::string_view item_prefix = "item:";

bool blank(const std::string &s)
{
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

std::string text_of(const nlohmann::json &o, const char *key)
{
    const auto it = o.find(key);
    return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
}

HandoverItem from_json(const nlohmann::json &o)
{
    HandoverItem item;
    if (!o.is_object())
        return item;
    const auto done = o.find("done");
    item.done = done != o.end() && done->is_boolean() && done->get<bool>();
    item.explanation = text_of(o, "explanation");
    item.by = text_of(o, "by");
    item.at = text_of(o, "at");
    return item;
}

} // namespace

std::string handover_item_field(std::string_view item_id)
{
    return std::string(item_prefix) + std::string(item_id);
}

std::string_view handover_item_of(std::string_view field)
{
    return field.substr(0, item_prefix.size()) == item_prefix ? field.substr(item_prefix.size())
                                                              : std::string_view();
}

bool HandoverItem::settled() const
{
    return done || !blank(explanation);
}

nlohmann::json to_json(const HandoverItem &item)
{
    return {
        {"done", item.done}, {"explanation", item.explanation}, {"by", item.by}, {"at", item.at}};
}

nlohmann::json handover_tick(std::string_view phase_id, std::string_view item_id,
                             const HandoverItem &item)
{
    return {{"phase", std::string(phase_id)}, {handover_item_field(item_id), to_json(item)}};
}

HandoverItem handover_item(const nlohmann::json &fields, std::string_view item_id)
{
    if (!fields.is_object())
        return {};
    const auto own = fields.find(handover_item_field(item_id));
    if (own != fields.end())
        return from_json(*own); // null (cleared) reads as not done, not as the old value
    const auto legacy = fields.find("items");
    if (legacy == fields.end() || !legacy->is_object())
        return {};
    const auto entry = legacy->find(std::string(item_id));
    return entry == legacy->end() ? HandoverItem{} : from_json(*entry);
}

bool handover_complete(Phase p, const nlohmann::json &fields)
{
    const auto &items = phase_info(p).handover;
    return std::all_of(items.begin(), items.end(), [&](const ChecklistItem &item) {
        return handover_item(fields, item.id).settled();
    });
}

} // namespace bro
