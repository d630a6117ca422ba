// bro-bench: the Bro side of benchmarks B1-B6 (bench/README.md). Each subcommand talks to a running
// bro-server on 127.0.0.1 over WebSocket, uses bro_core's LocalStore as the device store, and
// prints one JSON line per measured run on stdout:
//   {"bench":"B1","side":"bro","metric":"seconds","value":1.23,"run":1}
// Diagnostics go to stderr. Every subcommand is bounded: an alarm ends the process if the server
// stops answering.

#include "bench_support.hpp"

#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::cerr << "usage: bro-bench seed|b1|b2|b3|b4|b5rate|b5mem|b6 --port P [--dir D] ...\n";
        return 2;
    }
    alarm(900); // nothing here may run for ever, whatever the server does
    const std::string cmd = argv[1];
    try {
        const auto args = parse_args(argc, argv, 2);
        if (cmd == "seed")
            return cmd_seed(args);
        if (cmd == "b1")
            return cmd_b1(args);
        if (cmd == "b2")
            return cmd_b2(args);
        if (cmd == "b3")
            return cmd_b3(args);
        if (cmd == "b4")
            return cmd_b4(args);
        if (cmd == "b5rate")
            return cmd_b5rate(args);
        if (cmd == "b5mem")
            return cmd_b5mem(args);
        if (cmd == "b6")
            return cmd_b6(args);
        std::cerr << "unknown command " << cmd << "\n";
        return 2;
    } catch (const std::exception &e) {
        std::cerr << "bro-bench " << cmd << ": " << e.what() << "\n";
        return 1;
    }
}
