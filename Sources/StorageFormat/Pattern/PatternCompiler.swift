/// Compiles a `PatternNode` into the program `HeadingPattern` runs (Thompson's construction).
enum PatternCompiler {
    /// The program for `node`, ending in `.match`, or nil when it would take more than `limit` instructions.
    static func program(for node: PatternNode, limit: Int) -> [PatternInstruction]? {
        var program: [PatternInstruction] = []
        guard emit(node, into: &program, limit: limit) else { return nil }
        program.append(.match)
        return program
    }

    /// Appends `node`'s instructions; false once the program passes `limit`.
    private static func emit(_ node: PatternNode, into program: inout [PatternInstruction], limit: Int) -> Bool {
        switch node {
        case .empty:
            return true
        case .step(let instruction):
            program.append(instruction)
        case .sequence(let items):
            for item in items where !emit(item, into: &program, limit: limit) { return false }
        case .choice(let options):
            // Each option but the last: a split to it or past it, the option, and a jump to the end.
            var jumps: [Int] = []
            for option in options.dropLast() {
                let split = program.count
                program.append(.split(split + 1, -1))
                guard emit(option, into: &program, limit: limit) else { return false }
                jumps.append(program.count)
                program.append(.jump(-1))
                program[split] = .split(split + 1, program.count)
            }
            guard emit(options[options.count - 1], into: &program, limit: limit) else { return false }
            for jump in jumps { program[jump] = .jump(program.count) }
        case .repetition(let body, let minimum, let maximum):
            // A body of no instructions repeats to nothing; every other copy adds at least one, so `limit` bounds
            // the copies as well as the program.
            let start = program.count
            guard emit(body, into: &program, limit: limit) else { return false }
            if program.count == start { return true }
            program.removeLast(program.count - start)
            for _ in 0..<minimum where !emit(body, into: &program, limit: limit) { return false }
            if let maximum {
                for _ in minimum..<maximum where !optional(body, into: &program, limit: limit) { return false }
            } else {
                let loop = program.count
                program.append(.split(loop + 1, -1))
                guard emit(body, into: &program, limit: limit) else { return false }
                program.append(.jump(loop))
                program[loop] = .split(loop + 1, program.count)
            }
        }
        return program.count <= limit
    }

    /// Appends a split past `body` and `body`.
    private static func optional(_ body: PatternNode, into program: inout [PatternInstruction], limit: Int) -> Bool {
        let split = program.count
        program.append(.split(split + 1, -1))
        guard emit(body, into: &program, limit: limit) else { return false }
        program[split] = .split(split + 1, program.count)
        return true
    }
}
