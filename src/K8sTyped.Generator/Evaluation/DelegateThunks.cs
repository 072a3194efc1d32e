using System.Reflection;

namespace K8sTyped.Generator.Evaluation;

/// <summary>
/// Makes real delegates of any delegate type (up to four parameters) whose calls run interpreted code: a generic thunk
/// with an Invoke method of the delegate's exact signature, bound with Delegate.CreateDelegate. K8sTyped then calls
/// the lambda like any other delegate.
/// </summary>
internal static class DelegateThunks
{
    // The thunk type and its Invoke for each delegate type, found once per process.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, (ConstructorInfo Constructor, MethodInfo Invoke)?> s_thunks = new();

    public static Delegate? Create(Type delegateType, ILambdaBody body) =>
        s_thunks.GetOrAdd(delegateType, ThunkOf) is { } thunk
            ? Delegate.CreateDelegate(delegateType, thunk.Constructor.Invoke([body]), thunk.Invoke)
            : null;

    private static (ConstructorInfo Constructor, MethodInfo Invoke)? ThunkOf(Type delegateType)
    {
        var invoke = delegateType.GetMethod("Invoke");
        if (invoke is null) return null;
        var parameters = invoke.GetParameters();
        if (parameters.Length > 4 || parameters.Any(p => p.ParameterType.IsByRef)) return null;
        var types = parameters.Select(p => p.ParameterType).ToList();
        Type thunkDefinition;
        if (invoke.ReturnType == typeof(void))
        {
            thunkDefinition = parameters.Length switch
            {
                0 => typeof(ActionThunk),
                1 => typeof(ActionThunk<>),
                2 => typeof(ActionThunk<,>),
                3 => typeof(ActionThunk<,,>),
                _ => typeof(ActionThunk<,,,>),
            };
        }
        else
        {
            types.Add(invoke.ReturnType);
            thunkDefinition = parameters.Length switch
            {
                0 => typeof(FuncThunk<>),
                1 => typeof(FuncThunk<,>),
                2 => typeof(FuncThunk<,,>),
                3 => typeof(FuncThunk<,,,>),
                _ => typeof(FuncThunk<,,,,>),
            };
        }

        var thunkType = types.Count == 0 ? thunkDefinition : thunkDefinition.MakeGenericType(types.ToArray());
        return (thunkType.GetConstructor([typeof(ILambdaBody)])!, thunkType.GetMethod("Invoke", BindingFlags.Public | BindingFlags.Instance)!);
    }

    private static T Result<T>(object? value) => value is null ? default! : (T)value;

    internal sealed class ActionThunk(ILambdaBody body)
    {
        public void Invoke() => body.Invoke([]);
    }

    internal sealed class ActionThunk<T1>(ILambdaBody body)
    {
        public void Invoke(T1 a) => body.Invoke([a]);
    }

    internal sealed class ActionThunk<T1, T2>(ILambdaBody body)
    {
        public void Invoke(T1 a, T2 b) => body.Invoke([a, b]);
    }

    internal sealed class ActionThunk<T1, T2, T3>(ILambdaBody body)
    {
        public void Invoke(T1 a, T2 b, T3 c) => body.Invoke([a, b, c]);
    }

    internal sealed class ActionThunk<T1, T2, T3, T4>(ILambdaBody body)
    {
        public void Invoke(T1 a, T2 b, T3 c, T4 d) => body.Invoke([a, b, c, d]);
    }

    internal sealed class FuncThunk<TResult>(ILambdaBody body)
    {
        public TResult Invoke() => Result<TResult>(body.Invoke([]));
    }

    internal sealed class FuncThunk<T1, TResult>(ILambdaBody body)
    {
        public TResult Invoke(T1 a) => Result<TResult>(body.Invoke([a]));
    }

    internal sealed class FuncThunk<T1, T2, TResult>(ILambdaBody body)
    {
        public TResult Invoke(T1 a, T2 b) => Result<TResult>(body.Invoke([a, b]));
    }

    internal sealed class FuncThunk<T1, T2, T3, TResult>(ILambdaBody body)
    {
        public TResult Invoke(T1 a, T2 b, T3 c) => Result<TResult>(body.Invoke([a, b, c]));
    }

    internal sealed class FuncThunk<T1, T2, T3, T4, TResult>(ILambdaBody body)
    {
        public TResult Invoke(T1 a, T2 b, T3 c, T4 d) => Result<TResult>(body.Invoke([a, b, c, d]));
    }
}
