using System.Collections;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace MotCua.Web.Data;

/// <summary>One column of a bulk-written table: its name, EF Core's mapping of it, and its value read from a row's entity.</summary>
public sealed record BulkColumn(string Name, RelationalTypeMapping Mapping, Func<object, object?> Value);

/// <summary>
/// The columns of an entity type's table as EF Core's model maps them, for writers that insert rows without the change
/// tracker (<see cref="BulkInsert"/>): read from the model, not listed by hand, so a property added later is written
/// too. Owned types in the same table give their columns (null when the owned value is absent); owned types kept as JSON
/// give their container column, written as EF Core writes it. Computed columns are the database's; a shadow property
/// takes its value from <c>shadow</c>, and one it does not know is refused rather than written empty.
/// </summary>
public static class BulkColumns
{
    public static IReadOnlyList<BulkColumn> Of(IEntityType type, Func<object, string, object?>? shadow = null)
    {
        var table = StoreObjectIdentifier.Create(type, StoreObjectType.Table) ?? throw new InvalidOperationException($"{type.DisplayName()} has no table.");
        var columns = new List<BulkColumn>();
        Add(columns, type, table, entity => entity, shadow);
        return columns;
    }

    private static void Add(List<BulkColumn> columns, IEntityType type, StoreObjectIdentifier table, Func<object, object?> owner, Func<object, string, object?>? shadow)
    {
        foreach (var property in type.GetProperties())
        {
            // An owned type's key is its owner's, already written; a computed column is the database's to fill.
            if ((type.IsOwned() && property.IsPrimaryKey()) || property.GetComputedColumnSql(table) is not null)
            {
                continue;
            }

            var value = Reader(property, shadow);
            columns.Add(new BulkColumn(property.GetColumnName(table)!, property.GetRelationalTypeMapping(), entity => owner(entity) is { } o ? value(o) : null));
        }

        foreach (var navigation in type.GetNavigations().Where(n => n.ForeignKey.IsOwnership && !n.IsOnDependent))
        {
            var target = navigation.TargetEntityType;
            var getter = navigation.GetGetter();
            Func<object, object?> owned = entity => owner(entity) is { } o ? getter.GetClrValue(o) : null;
            if (target.IsMappedToJson())
            {
                var name = target.GetContainerColumnName()!;
                var mapping = type.Model.GetRelationalModel().FindTable(table.Name, table.Schema)!.FindColumn(name)!.StoreTypeMapping;
                columns.Add(new BulkColumn(name, mapping, entity => owned(entity) is { } value ? Json(target, value) : null));
            }
            else
            {
                Add(columns, target, table, owned, shadow);
            }
        }
    }

    private static Func<object, object?> Reader(IProperty property, Func<object, string, object?>? shadow)
    {
        if (!property.IsShadowProperty())
        {
            var getter = property.GetGetter();
            return getter.GetClrValue;
        }

        return shadow is null
            ? throw new InvalidOperationException($"{property.DeclaringType.DisplayName()}.{property.Name} is a shadow property the bulk writer was given no value for.")
            : entity => shadow(entity, property.Name);
    }

    /// <summary>An owned value kept as JSON, as EF Core's save writes it: each property under its JSON name, through its JSON writer.</summary>
    private static string Json(IEntityType type, object value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (value is IEnumerable items)
            {
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteObject(writer, type, item);
                }

                writer.WriteEndArray();
            }
            else
            {
                WriteObject(writer, type, value);
            }
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteObject(Utf8JsonWriter writer, IEntityType type, object item)
    {
        if (type.GetNavigations().Any())
        {
            throw new NotSupportedException($"{type.DisplayName()} nests owned values in its JSON, which the bulk writer does not write.");
        }

        writer.WriteStartObject();
        foreach (var property in type.GetProperties().Where(p => !p.IsKey()))
        {
            writer.WritePropertyName(property.GetJsonPropertyName()!);
            if (property.GetGetter().GetClrValue(item) is { } value)
            {
                (property.GetJsonValueReaderWriter() ?? property.GetTypeMapping().JsonValueReaderWriter)!.ToJson(writer, value);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        writer.WriteEndObject();
    }
}
