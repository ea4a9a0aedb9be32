import Foundation
import Testing
@testable import tui

@Suite struct ThemeTests {
    /// The repository's themes/ folder, found from this file.
    static let themesPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes").path

    @Test func bundledThemesAllLoadWithoutMessages() {
        let loader = ThemeLoader(searchPaths: [Self.themesPath])
        for name in ["default", "light", "monochrome", "high-contrast"] {
            let (theme, message) = loader.load(name)
            #expect(message == nil, "\(name): \(message ?? "")")
            #expect(theme.name == name)
        }
        #expect(loader.load("light").theme.style(.person) != Theme.fallback.style(.person))
        #expect(loader.load("monochrome").theme.style(.selection).foreground == .terminalDefault)
    }

    @Test func bundledDefaultMatchesTheCompiledInFallback() {
        let (theme, _) = ThemeLoader(searchPaths: [Self.themesPath]).load("default")
        for role in StyleRole.allCases {
            #expect(theme.style(role) == Theme.fallback.style(role), "\(role)")
        }
    }

    @Test func missingThemeFallsBackWithAMessage() {
        let (theme, message) = ThemeLoader(searchPaths: [Self.themesPath]).load("no-such-theme")
        #expect(theme == Theme.fallback)
        #expect(message?.contains("not found") == true)
    }

    @Test func brokenThemesFallBackWithAMessage() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let cases = [
            "bad-toml": "[styles\nnormal = {",
            "bad-colour": "[styles]\nnormal = { fg = \"chartreuse-ish\" }",
            "bad-element": "[styles]\nsparkles = { fg = \"red\" }",
            "bad-flag": "[styles]\ntitle = { bold = \"yes\" }",
            "no-styles": "name = \"x\"",
        ]
        for (name, text) in cases {
            try text.write(to: dir.appendingPathComponent("\(name).toml"), atomically: true, encoding: .utf8)
            let (theme, message) = ThemeLoader(searchPaths: [dir.path]).load(name)
            #expect(theme == Theme.fallback, "\(name)")
            #expect(message?.contains("broken") == true, "\(name)")
        }
    }

    @Test func colourNamesParse() {
        #expect(Theme.Color(name: "default") == .terminalDefault)
        #expect(Theme.Color(name: "red") == .indexed(1))
        #expect(Theme.Color(name: "bright-blue") == .indexed(12))
        #expect(Theme.Color(name: "208") == .indexed(208))
        #expect(Theme.Color(name: "300") == nil)
    }

    @Test func colours256MapToEightBasicOnes() {
        #expect(CursesPalette.nearestBasic(196) == 1)  // bright red → red
        #expect(CursesPalette.nearestBasic(16) == 0)   // black
        #expect(CursesPalette.nearestBasic(231) == 7)  // white
        #expect(CursesPalette.nearestBasic(242) == 0)  // mid grey: not yellow
        #expect(CursesPalette.nearestBasic(250) == 7)  // light grey
        #expect(CursesPalette.nearestBasic(117) == 6)  // sky blue → cyan
        #expect(CursesPalette.nearestBasic(208) == 3)  // orange → yellow
        #expect(CursesPalette.nearestBasic(182) == 5)  // plum → magenta
        #expect(CursesPalette.adapt(.indexed(208), colors: 8) < 8)
        #expect(CursesPalette.adapt(.terminalDefault, colors: 8) == -1)
    }
}

@Suite struct ConfigTests {
    @Test func parsesAllSettings() throws {
        let config = try Config.parse("""
            theme = "light"
            export_dir = "/tmp/lede-exports"
            mouse = false
            [keys]
            next-mention = "x"
            quit = ["q", "Ctrl-c"]
            """)
        #expect(config.theme == "light")
        #expect(config.exportDirectory == "/tmp/lede-exports")
        #expect(config.mouse == false)
        #expect(config.keys["quit"] == ["q", "Ctrl-c"])
        #expect(config.keys["next-mention"] == ["x"])
    }

    @Test func brokenConfigGivesDefaultsAndAMessage() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lede-config-\(UUID().uuidString).toml")
        try "mouse = \"sometimes\"".write(to: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: path) }
        let (config, message) = Config.load(path: path.path)
        #expect(config == Config())
        #expect(message?.contains("mouse") == true)
        let (_, missing) = Config.load(path: "/nonexistent/lede.toml")
        #expect(missing?.contains("not found") == true)
    }

    @Test func xdgConfigHomeIsUsed() {
        #expect(ConfigLocator.configDirectory(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/lede")
        #expect(ConfigLocator.configDirectory(environment: ["HOME": "/h"]) == "/h/.config/lede")
    }
}
