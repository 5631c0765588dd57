namespace PlanGen.Lifecycle.Yaml;

/// <summary>A YAML file PlanGen will not edit as text, with the Dutch reason; nothing was written.</summary>
public sealed class YamlEditException(string message) : Exception(message);
