using System.Text.RegularExpressions;
using Newtonsoft.Json.Serialization;

namespace VolunteerRecords.Grains.Common;

/// <summary>
/// Grain state is stored as JSON with each value's assembly-qualified type name. The contracts (the values grains
/// exchange, some of which states hold, such as an activity's sessions) once lived in the grains assembly; a state
/// written then names them as <c>…, VolunteerRecords.Grains</c>. Those names are read as the same type in the
/// contracts assembly, alone or inside a generic type's arguments. New states are written with the new name.
/// </summary>
public sealed partial class MovedTypeBinder(ISerializationBinder inner) : ISerializationBinder
{
    private const string FormerAssembly = "VolunteerRecords.Grains";
    private static readonly string ContractsAssembly = typeof(DomainException).Assembly.GetName().Name!;
    private static readonly HashSet<string> Moved = [.. typeof(DomainException).Assembly.GetTypes().Select(t => t.FullName!)];

    public Type BindToType(string? assemblyName, string typeName)
    {
        if (assemblyName == FormerAssembly && Moved.Contains(typeName))
        {
            assemblyName = ContractsAssembly;
        }

        return inner.BindToType(assemblyName, QualifiedName().Replace(typeName, m =>
            Moved.Contains(m.Groups["type"].Value) ? $"{m.Groups["type"].Value}, {ContractsAssembly}" : m.Value));
    }

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName) =>
        inner.BindToName(serializedType, out assemblyName, out typeName);

    [GeneratedRegex(@"(?<type>[\w.`+]+), VolunteerRecords\.Grains(?=[\],]|$)")]
    private static partial Regex QualifiedName();
}
