#include "programme/programme_lines.hpp"

#include <vector>

namespace bro {

namespace {

struct Frame
{
    bool array = false;
    int index = -1;
    bool expect_key = true; // objects only
    std::string key;
    std::string path;
};

std::string child(const std::string &path, const std::string &key)
{
    return path.empty() ? key : path + "." + key;
}

} // namespace

std::map<std::string, int> json_value_lines(std::string_view text)
{
    std::map<std::string, int> lines;
    std::vector<Frame> frames;
    int line = 1;
    const auto begin_value = [&]() -> std::string {
        std::string path;
        if (!frames.empty()) {
            auto &top = frames.back();
            path = top.array ? top.path + "[" + std::to_string(++top.index) + "]"
                             : child(top.path, top.key);
        }
        lines.emplace(path, line); // a key given twice keeps its first place
        return path;
    };
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
            ++i;
        } else if (c == ' ' || c == '\t' || c == '\r' || c == ':') {
            ++i;
        } else if (c == ',') {
            if (!frames.empty() && !frames.back().array)
                frames.back().expect_key = true;
            ++i;
        } else if (c == '{' || c == '[') {
            const auto path = begin_value();
            frames.push_back({c == '[', -1, true, {}, path});
            ++i;
        } else if (c == '}' || c == ']') {
            if (frames.empty())
                break;
            frames.pop_back();
            ++i;
        } else if (c == '"') {
            std::string s;
            for (++i; i < text.size() && text[i] != '"'; ++i) {
                if (text[i] == '\\' && i + 1 < text.size())
                    ++i; // an escaped character is part of the string, never its end
                s += text[i];
            }
            ++i;
            if (!frames.empty() && !frames.back().array && frames.back().expect_key) {
                frames.back().key = std::move(s);
                frames.back().expect_key = false;
            } else {
                begin_value();
            }
        } else {
            begin_value(); // a number, true, false or null
            while (i < text.size() &&
                   std::string_view(",]} \t\r\n").find(text[i]) == std::string_view::npos)
                ++i;
        }
    }
    return lines;
}

int line_of(const std::map<std::string, int> &lines, std::string path)
{
    for (;;) {
        if (const auto it = lines.find(path); it != lines.end())
            return it->second;
        if (path.empty())
            return 0;
        const auto cut = path.find_last_of(".[");
        path = cut == std::string::npos ? std::string() : path.substr(0, cut);
    }
}

} // namespace bro
