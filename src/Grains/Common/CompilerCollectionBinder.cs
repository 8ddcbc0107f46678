using Newtonsoft.Json.Serialization;

namespace VolunteerRecords.Grains.Common;

/// <summary>
/// Grain state is stored as JSON with each value's type name. A collection expression assigned to an
/// <c>IReadOnlyList&lt;T&gt;</c> is a compiler-generated type (<c>&lt;&gt;z__ReadOnlyList`1</c>) that the storage
/// refuses to read back, so the state of every grain that stored one was lost to its next activation. Such values are
/// written as <see cref="List{T}"/>, and states already stored that way are read as one.
/// </summary>
public sealed class CompilerCollectionBinder(ISerializationBinder inner) : ISerializationBinder
{
    private const string CompilerPrefix = "<>z__ReadOnly";

    public Type BindToType(string? assemblyName, string typeName)
    {
        if (typeName.StartsWith(CompilerPrefix, StringComparison.Ordinal) && typeName.IndexOf("`1[[", StringComparison.Ordinal) is > 0 and var open)
        {
            return inner.BindToType(typeof(List<>).Assembly.GetName().Name, typeof(List<>).FullName + typeName[(open + "`1".Length)..]);
        }

        return inner.BindToType(assemblyName, typeName);
    }

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
    {
        if (serializedType.Name.StartsWith(CompilerPrefix, StringComparison.Ordinal) && serializedType.IsGenericType)
        {
            inner.BindToName(typeof(List<>).MakeGenericType(serializedType.GetGenericArguments()), out assemblyName, out typeName);
            return;
        }

        inner.BindToName(serializedType, out assemblyName, out typeName);
    }
}
