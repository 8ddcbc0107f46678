using System.Collections;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Silo.Tests.Infrastructure;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Silo.Tests.Storage;

/// <summary>
/// Every grain state type, fully populated, written through the real ADO.NET storage and read back by a fresh silo:
/// a state the storage serializer cannot read after a restart would make that grain unreachable (issue 14).
/// </summary>
public sealed class StateRoundTripTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task Every_stored_grain_state_reads_back_in_a_fresh_silo_A20(StorageProvider provider)
    {
        var states = StateTypes();
        var written = new Dictionary<string, (Type Type, GrainId Grain, string Json)>();
        await using var database = provider == StorageProvider.PostgreSql ? await PostgresServer.CreateDatabaseAsync() : null;
        var directory = Path.Combine(Path.GetTempPath(), "vr-roundtrip-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using (var first = Host(provider, database, directory))
            {
                first.StartServer();
                var storage = first.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Records);
                foreach (var (stateName, type) in states)
                {
                    var grain = GrainId.Create("roundtrip", Guid.NewGuid().ToString("N"));
                    var value = Populated.Create(type);
                    await WriteAsync(storage, stateName, grain, type, value);
                    written[stateName] = (type, grain, Json(value));
                }
            }

            await using var second = Host(provider, database, directory);
            second.StartServer();
            var fresh = second.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Records);
            var differing = new List<string>();
            foreach (var (stateName, (type, grain, json)) in written)
            {
                var read = await ReadAsync(fresh, stateName, grain, type);
                if (Json(read) != json)
                {
                    differing.Add($"{type.Name}: wrote {json}\n read {Json(read)}");
                }
            }

            Assert.Equal(14, states.Count);
            Assert.True(differing.Count == 0, string.Join("\n", differing));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    /// <summary>Every [PersistentState] parameter of every grain constructor: the state's name and type.</summary>
    private static List<(string Name, Type Type)> StateTypes() =>
    [
        .. typeof(StorageNames).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(Grain).IsAssignableFrom(t))
            .SelectMany(t => t.GetConstructors())
            .SelectMany(c => c.GetParameters())
            .Select(p => (Attribute: p.GetCustomAttribute<PersistentStateAttribute>(), p.ParameterType))
            .Where(p => p.Attribute is not null)
            .Select(p => (p.Attribute!.StateName, p.ParameterType.GetGenericArguments()[0]))
            .Distinct(),
    ];

    private static PlatformHost Host(StorageProvider provider, PostgresServer.TemporaryDatabase? database, string directory) =>
        provider == StorageProvider.PostgreSql
            ? PlatformHost.PostgreSql(database!.ConnectionString, FreePort.Next(), FreePort.Next())
            : PlatformHost.Sqlite(directory, FreePort.Next(), FreePort.Next());

    private static Task WriteAsync(IGrainStorage storage, string name, GrainId grain, Type type, object value) =>
        (Task)typeof(StateRoundTripTests).GetMethod(nameof(WriteTypedAsync), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(type).Invoke(null, [storage, name, grain, value])!;

    private static async Task<object?> ReadAsync(IGrainStorage storage, string name, GrainId grain, Type type)
    {
        var task = (Task)typeof(StateRoundTripTests).GetMethod(nameof(ReadTypedAsync), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(type).Invoke(null, [storage, name, grain])!;
        await task;
        return task.GetType().GetProperty("Result")!.GetValue(task);
    }

    private static Task WriteTypedAsync<T>(IGrainStorage storage, string name, GrainId grain, object value) =>
        storage.WriteStateAsync(name, grain, new GrainState<T>((T)value));

    private static async Task<object?> ReadTypedAsync<T>(IGrainStorage storage, string name, GrainId grain)
    {
        var state = new GrainState<T>();
        await storage.ReadStateAsync(name, grain, state);
        Assert.True(state.RecordExists, $"{typeof(T).Name} was not found again");
        return state.State;
    }

    private static string Json(object? value) => JsonSerializer.Serialize(value, new JsonSerializerOptions { IncludeFields = false });

    /// <summary>An instance with every property set to something other than its default, collections holding one element.</summary>
    private static class Populated
    {
        private static int _counter;

        public static object Create(Type type) => Value(type, depth: 0)!;

        private static object? Value(Type type, int depth)
        {
            var n = Interlocked.Increment(ref _counter);
            if (Nullable.GetUnderlyingType(type) is { } inner)
            {
                return Value(inner, depth);
            }

            if (type == typeof(string))
            {
                return "值" + n;
            }

            if (type == typeof(bool))
            {
                return true;
            }

            if (type.IsEnum)
            {
                var values = Enum.GetValues(type);
                return values.GetValue(values.Length - 1);
            }

            if (type.IsPrimitive || type == typeof(decimal))
            {
                return Convert.ChangeType(n % 100 + 1, type, System.Globalization.CultureInfo.InvariantCulture);
            }

            if (type == typeof(Guid))
            {
                return Guid.NewGuid();
            }

            if (type == typeof(DateTime))
            {
                return new DateTime(2026, 5, 6, 7, 8, 9, DateTimeKind.Utc).AddMinutes(n);
            }

            if (type == typeof(DateTimeOffset))
            {
                return new DateTimeOffset(2026, 5, 6, 7, 8, 9, TimeSpan.Zero).AddMinutes(n);
            }

            if (type == typeof(DateOnly))
            {
                return new DateOnly(2026, 5, 6).AddDays(n % 300);
            }

            if (type == typeof(TimeOnly))
            {
                return new TimeOnly(8, 30).AddMinutes(n % 600);
            }

            if (type == typeof(TimeSpan))
            {
                return TimeSpan.FromMinutes(n);
            }

            if (depth > 6)
            {
                return null;
            }

            if (type.IsArray)
            {
                var array = Array.CreateInstance(type.GetElementType()!, 1);
                array.SetValue(Value(type.GetElementType()!, depth + 1), 0);
                return array;
            }

            if (type.IsGenericType && Collection(type, depth) is { } collection)
            {
                return collection;
            }

            return Composite(type, depth);
        }

        /// <summary>
        /// Read-only list interfaces get what a collection expression makes ([x, y]), the compiler's own list types that
        /// once could not be read back; concrete collections get themselves.
        /// </summary>
        private static object? Collection(Type type, int depth)
        {
            var definition = type.GetGenericTypeDefinition();
            var arguments = type.GetGenericArguments();
            if (definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>) || definition == typeof(IEnumerable<>))
            {
                return typeof(Populated).GetMethod(nameof(CompilerList), BindingFlags.NonPublic | BindingFlags.Static)!
                    .MakeGenericMethod(arguments[0]).Invoke(null, [Value(arguments[0], depth + 1), Value(arguments[0], depth + 1)]);
            }

            if (arguments.Length == 2 && typeof(IDictionary).IsAssignableFrom(ConcreteOf(type)))
            {
                var dictionary = (IDictionary)Activator.CreateInstance(ConcreteOf(type))!;
                dictionary.Add(Value(arguments[0], depth + 1)!, Value(arguments[1], depth + 1));
                return dictionary;
            }

            if (arguments.Length == 1 && typeof(IEnumerable).IsAssignableFrom(type))
            {
                var concrete = ConcreteOf(type);
                var collection = Activator.CreateInstance(concrete)!;
                concrete.GetMethod("Add", [arguments[0]])!.Invoke(collection, [Value(arguments[0], depth + 1)]);
                return collection;
            }

            return null;
        }

        private static IReadOnlyList<T> CompilerList<T>(T first, T second) => [first, second];

        private static Type ConcreteOf(Type type)
        {
            if (!type.IsInterface)
            {
                return type;
            }

            var arguments = type.GetGenericArguments();
            return arguments.Length == 2
                ? typeof(Dictionary<,>).MakeGenericType(arguments)
                : type.GetGenericTypeDefinition() == typeof(ISet<>) || type.GetGenericTypeDefinition() == typeof(IReadOnlySet<>)
                    ? typeof(HashSet<>).MakeGenericType(arguments)
                    : typeof(List<>).MakeGenericType(arguments);
        }

        private static object Composite(Type type, int depth)
        {
            var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            var instance = constructor.Invoke([.. constructor.GetParameters().Select(p => Value(p.ParameterType, depth + 1))]);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
            {
                property.SetValue(instance, Value(property.PropertyType, depth + 1));
            }

            return instance;
        }
    }
}
