using PlanGen.Core.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PlanGen.Core.Templating;

/// <summary>A template context that reads every model node through a <see cref="ModelView"/> (escaped, edition applied).</summary>
internal sealed class ModelViewContext(ModelView view) : TemplateContext
{
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        target is ModelNode && base.GetMemberAccessorImpl(target) is { } own ? new ViewAccessor(own, view) : base.GetMemberAccessorImpl(target);

    /// <summary>Scriban's own accessor for the node's type, with each value passed through the view.</summary>
    private sealed class ViewAccessor(IObjectAccessor inner, ModelView view) : IObjectAccessor
    {
        public bool HasIndexer => inner.HasIndexer;

        public Type? IndexType => inner.IndexType;

        public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => inner.GetMemberCount(context, span, target);

        public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => inner.GetMembers(context, span, target);

        public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => inner.HasMember(context, span, target, member);

        public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
        {
            if (!inner.TryGetValue(context, span, target, member, out value))
            {
                return false;
            }

            if (ModelView.Field(target.GetType(), member) is { } field)
            {
                value = view.Read((ModelNode)target, field, value);
            }

            return true;
        }

        public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => inner.TrySetValue(context, span, target, member, value);

        public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value) => inner.TryGetItem(context, span, target, index, out value);

        public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => inner.TrySetItem(context, span, target, index, value);
    }
}
