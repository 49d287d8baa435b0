namespace Newsjack.Azure.Topics;

/// <summary>Another writer changed a state blob since it was read; the write was refused, nothing was overwritten.</summary>
public sealed class StateConflictException : Exception
{
    public StateConflictException()
    {
    }

    public StateConflictException(string message)
        : base(message)
    {
    }

    public StateConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
