using PlanGen.Html.Markdown;

namespace PlanGen.Html.Tests;

public sealed class UrlPolicyTests
{
    [Theory]
    [InlineData("https://school.example/")]
    [InlineData("HTTP://school.example/")]
    [InlineData("mailto:info@school.example")]
    [InlineData("tel:+31101234567")]
    [InlineData("bijlagen/pestprotocol.pdf")]
    [InlineData("../bijlagen/a.pdf")]
    [InlineData("#hoofdstuk-1")]
    [InlineData("a/b:c")]
    public void Allowed(string url) => Assert.True(UrlPolicy.IsAllowed(url));

    [Theory]
    [InlineData("")]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\u200Bscript:alert(1)")]
    [InlineData("data:text/html,<script>")]
    [InlineData("vbscript:x")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://school.example/")]
    [InlineData("//evil.example/")]
    [InlineData("\\\\evil.example\\x")]
    public void Refused(string url) => Assert.False(UrlPolicy.IsAllowed(url));
}
